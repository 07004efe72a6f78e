package search

import "strings"

// A stemmer is a light, rule-based stemmer: a few suffix-stripping steps
// run in turn over a folded word. It conflates the forms readers mix up
// when they search (plural and singular, feminine and masculine, a
// participle and its infinitive, a few nouns and their verb) and leaves
// the rest alone. It is a table, not code, so that search.js can carry the
// same table and a test can hold the two to it (see js_test.go).
//
// Limits, on purpose: irregular forms are not conflated (women/woman,
// travaux/travail), nor French verbs beyond the infinitive and the
// participle (décidons, décidé), nor English -ment or -ity words; two
// unrelated words may share a stem (state/stated/statement give "stat").
// A stem is an index key, never shown to readers.
type stemmer struct {
	minWord int    // shorter words are left as they are
	steps   []step // run in order
	// undouble lists the consonants whose doubling at the end of the stem
	// is undone ("plann" gives "plan"), after the steps.
	undouble string
	// pending are the suffixes a reader may be halfway through typing: a
	// query word "integra" also matches the stem "integr", because its rest
	// "a" begins the suffix "ation" (see matchesTyped).
	pending []string
}

// A step tries its rules in order; the first that applies ends the step.
type step []rule

// A rule replaces the suffix of a word by with, when at least minStem
// characters remain before it (and a vowel among them, if vowel is set).
// A rule whose with equals its suffix applies by doing nothing: it keeps
// "process" from losing its "s". A repeat rule applies as often as it can.
type rule struct {
	suffix, with string
	minStem      int
	vowel        bool
	repeat       bool
}

var stemmers = map[string]*stemmer{
	"en": {
		minWord: 3,
		steps: []step{
			{
				{"ations", "", 3, false, false}, {"ements", "", 4, false, false}, {"nesses", "", 3, false, false},
				{"ation", "", 3, false, false}, {"ating", "", 3, false, false}, {"ement", "", 4, false, false},
				{"ated", "", 3, false, false}, {"ates", "", 3, false, false}, {"ings", "", 3, true, false},
				{"ness", "", 3, false, false}, {"sses", "ss", 1, false, false}, {"ate", "", 3, false, false},
				{"ies", "i", 2, false, false}, {"ied", "i", 2, false, false}, {"ing", "", 3, true, false},
				{"ed", "", 3, true, false}, {"ss", "ss", 0, false, false}, {"us", "us", 0, false, false},
				{"is", "is", 0, false, false}, {"s", "", 2, false, false},
			},
			{{"e", "", 3, false, true}},
			{{"y", "i", 2, false, false}},
		},
		undouble: "bcdfghjkmnpqrtvwx",
		pending:  []string{"ations", "ements", "nesses", "ating", "ated", "ates", "ings", "ies", "ied", "ed", "es"},
	},
	"fr": {
		minWord: 4,
		steps: []step{
			{{"eaux", "eau", 1, false, false}, {"aux", "al", 2, false, false}, {"s", "", 3, false, false}, {"x", "", 3, false, false}},
			{{"r", "", 3, false, false}},
			{{"e", "", 3, false, true}},
			{{"ement", "", 3, false, false}, {"ation", "", 3, false, false}},
		},
		undouble: "bcdfgklmnprst",
		pending:  []string{"ements", "ations", "ees", "ers", "es"},
	},
}

// Stem returns the stem of a folded word in lang. Words with a digit or a
// letter outside a-z, and words of a language without a stemmer, are
// their own stem.
func Stem(lang, word string) string {
	s := stemmers[lang]
	if s == nil || len(word) < s.minWord || !isPlain(word) {
		return word
	}
	for _, st := range s.steps {
		word = st.apply(word)
	}
	if n := len(word); n >= 4 && word[n-1] == word[n-2] && strings.IndexByte(s.undouble, word[n-1]) >= 0 {
		word = word[:n-1]
	}
	return word
}

func (st step) apply(word string) string {
	for _, r := range st {
		stem, ok := strings.CutSuffix(word, r.suffix)
		if !ok || len(stem) < r.minStem || r.vowel && !strings.ContainsAny(stem, "aeiouy") {
			continue
		}
		if r.repeat && r.with == "" {
			return st.apply(stem)
		}
		return stem + r.with
	}
	return word
}

// isPlain reports whether w is all ASCII lowercase letters: the only words
// the stemmers know how to cut.
func isPlain(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// matchesTyped reports whether the index term t matches the word a reader
// is still typing, folded as typed: t begins with its stem, or the typed
// word goes past t by the beginning of a suffix the stemmer would strip
// once the word is complete ("integra" reaches "integr" of "integration").
// search.js applies the same test to the last word of a query.
func matchesTyped(lang, typed, t string) bool {
	if strings.HasPrefix(t, Stem(lang, typed)) {
		return true
	}
	rest, ok := strings.CutPrefix(typed, t)
	if !ok || runes(t) < 3 || rest == "" {
		return false
	}
	if s := stemmers[lang]; s != nil {
		for _, p := range s.pending {
			if strings.HasPrefix(p, rest) {
				return true
			}
		}
	}
	return false
}
