package search

import (
	"slices"
	"strings"
	"testing"
)

// foldTests are texts and their words, folded. js_test.go runs them
// through search.js too.
var foldTests = []struct {
	text  string
	words []string
}{
	{"Déplacés", []string{"deplaces"}},
	{"DÉPLACÉS", []string{"deplaces"}},
	{"De\u0301place\u0301s", []string{"deplaces"}}, // decomposed: the combining accents go
	{"l’intégration d'une ville", []string{"l", "integration", "d", "une", "ville"}},
	{"Saint-Étienne, Malines/Mechelen", []string{"saint", "etienne", "malines", "mechelen"}},
	{"réunis\u202f: ici\u00a0!", []string{"reunis", "ici"}}, // French no-break spaces separate
	{"Straße Œuvre Æsir ĳs ﬁn", []string{"strasse", "oeuvre", "aesir", "ijs", "fin"}},
	{"Düsseldorf Łódź Şişli Țară", []string{"dusseldorf", "lodz", "sisli", "tara"}},
	{"İstanbul", []string{"istanbul"}},
	{"ΣΟΦΟΣ σοφός Москва", []string{"σοφοσ", "σοφόσ", "москва"}}, // other scripts: lowered, accents kept
	{"Ｆｕｌｌ １２３", []string{"full", "123"}},
	{"p11-a, 2017–2019", []string{"p11", "a", "2017", "2019"}},
	{"東京 🙂 x", []string{"東京", "x"}},
	{strings.Repeat("a", 40) + " " + strings.Repeat("b", 41), []string{strings.Repeat("a", 40)}}, // longer words are dropped
	{"", nil},
	{" ,.;!? ", nil},
}

func TestWords(t *testing.T) {
	for _, tt := range foldTests {
		var got []string
		Words(tt.text, func(w string) { got = append(got, w) })
		if !slices.Equal(got, tt.words) {
			t.Errorf("Words(%q) = %q; want %q", tt.text, got, tt.words)
		}
	}
}

func TestFoldTable(t *testing.T) {
	// Every letter of the table folds to plain letters, and its capital,
	// where it has one, folds the same.
	for plain, letters := range latin {
		for _, r := range letters {
			if got := Fold(string(r)); got != plain {
				t.Errorf("Fold(%q) = %q; want %q", r, got, plain)
			}
			if up := strings.ToUpper(string(r)); Fold(up) != plain && up != string(r) && len([]rune(up)) == 1 {
				t.Errorf("Fold(%q) = %q; want %q", up, Fold(up), plain)
			}
		}
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		lang, text string
		terms      []string
	}{
		{"fr", "Nous, maires des villes déplacées", []string{"mair", "vil", "deplac"}},
		{"en", "The cities of the displaced", []string{"citi", "displac"}},
		{"fr", "L’accueil à Malines", []string{"accueil", "malin"}},
		{"xx", "Les villes", []string{"les", "villes"}}, // no stop words or stemmer for the language
	}
	for _, tt := range tests {
		var got []string
		Terms(tt.lang, tt.text, func(t string) { got = append(got, t) })
		if !slices.Equal(got, tt.terms) {
			t.Errorf("Terms(%q, %q) = %q; want %q", tt.lang, tt.text, got, tt.terms)
		}
	}
}
