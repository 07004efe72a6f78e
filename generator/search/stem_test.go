package search

import "testing"

// stemTests are words and their stems, by language: the forms the
// stemmers conflate, and the limits they keep. js_test.go runs them
// through search.js too.
var stemTests = map[string][]struct{ word, stem string }{
	"en": {
		{"cities", "citi"}, {"city", "citi"}, {"policies", "polici"}, {"policy", "polici"},
		{"migrants", "migrant"}, {"migration", "migr"}, {"migrate", "migr"}, {"migrated", "migr"},
		{"integration", "integr"}, {"integrate", "integr"}, {"integrating", "integr"}, {"integrations", "integr"},
		{"declaration", "declar"}, {"declare", "declar"}, {"declared", "declar"},
		{"displacement", "displac"}, {"displaced", "displac"}, {"displace", "displac"},
		{"agreement", "agr"}, {"agree", "agr"}, {"agreed", "agr"}, {"agreeing", "agr"},
		{"state", "stat"}, {"states", "stat"}, {"stated", "stat"}, {"statement", "stat"},
		{"housing", "hous"}, {"house", "hous"}, {"houses", "hous"},
		{"planning", "plan"}, {"planned", "plan"}, {"plans", "plan"}, {"falling", "fall"}, {"fall", "fall"},
		{"processes", "process"}, {"process", "process"}, {"status", "status"}, {"analysis", "analysis"},
		{"awareness", "awar"}, {"aware", "awar"}, {"refugees", "refug"}, {"refugee", "refug"},
		{"meeting", "meet"}, {"meetings", "meet"}, {"needed", "need"}, {"need", "need"},
		{"sing", "sing"}, {"kings", "king"}, {"bed", "bed"}, {"us", "us"}, {"day", "dai"}, {"days", "dai"},
		{"governments", "government"}, {"women", "women"}, {"2019", "2019"}, {"p11", "p11"}, {"é", "é"},
	},
	"fr": {
		{"déplacés", "déplacés"}, // not folded: Stem takes folded words
		{"deplaces", "deplac"}, {"deplacees", "deplac"}, {"deplace", "deplac"}, {"deplacer", "deplac"},
		{"deplacement", "deplac"}, {"deplacements", "deplac"},
		{"villes", "vil"}, {"ville", "vil"}, {"nouvelles", "nouvel"}, {"nouvel", "nouvel"}, {"nouveaux", "nouveau"},
		{"nationaux", "national"}, {"nationale", "national"}, {"nationalement", "national"}, {"national", "national"},
		{"declaration", "declar"}, {"declarations", "declar"}, {"declarer", "declar"},
		{"integration", "integr"}, {"integrer", "integr"}, {"integrees", "integr"},
		{"gouvernement", "gouvern"}, {"gouvernements", "gouvern"}, {"gouverner", "gouvern"},
		{"developpement", "develop"}, {"developper", "develop"},
		{"personnes", "person"}, {"personne", "person"}, {"creee", "cre"}, {"creer", "cre"}, {"creation", "cre"},
		{"refugies", "refugi"}, {"refugie", "refugi"}, {"lois", "loi"}, {"loi", "loi"}, {"ans", "ans"},
		{"moment", "moment"}, {"document", "document"}, {"documenter", "document"},
		{"travaux", "traval"}, {"travail", "travail"}, // irregular: not conflated
	},
	"de": {{"städte", "städte"}, {"stadte", "stadte"}}, // no stemmer: unchanged
}

func TestStem(t *testing.T) {
	for lang, tests := range stemTests {
		for _, tt := range tests {
			if got := Stem(lang, tt.word); got != tt.stem {
				t.Errorf("Stem(%q, %q) = %q; want %q", lang, tt.word, got, tt.stem)
			}
		}
	}
}

// typedTests are words halfway typed and the index terms they reach.
var typedTests = []struct {
	lang, typed, term string
	want              bool
}{
	{"fr", "depl", "deplac", true},       // a prefix of the stem
	{"fr", "deplace", "deplac", true},    // its own stem
	{"fr", "declara", "declar", true},    // "a" begins "ation"
	{"fr", "declarat", "declar", true},   // "at" too
	{"fr", "declarz", "declar", false},   // "z" begins nothing the stemmer strips
	{"en", "integra", "integr", true},    // "a" begins "ation" and "ate"
	{"en", "displacem", "displac", true}, // "em" begins "ement"
	{"en", "citizens", "citi", false},    // "zens" begins no suffix
	{"en", "cit", "citi", true},
	{"en", "ci", "cit", true},
	{"en", "xy", "xyz", true},
	{"en", "abed", "ab", false}, // too short a term to reach from afar
	{"en", "deplac", "deplac", true},
}

func TestMatchesTyped(t *testing.T) {
	for _, tt := range typedTests {
		if got := matchesTyped(tt.lang, tt.typed, tt.term); got != tt.want {
			t.Errorf("matchesTyped(%q, %q, %q) = %v; want %v", tt.lang, tt.typed, tt.term, got, tt.want)
		}
	}
}
