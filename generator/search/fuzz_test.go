package search

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzWords checks the reading of text that the index and search.js share:
// it never panics, its words are folded letters and digits of bounded
// length, folding again changes nothing, and every word, stemmed, is
// found by itself typed.
func FuzzWords(f *testing.F) {
	for _, tt := range foldTests {
		f.Add(tt.text)
	}
	for _, lang := range []string{"en", "fr"} {
		for _, tt := range stemTests[lang] {
			f.Add(tt.word)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		if Fold(Fold(text)) != Fold(text) {
			t.Errorf("Fold is not idempotent on %q", text)
		}
		Words(text, func(w string) {
			if w == "" || !utf8.ValidString(w) || runes(w) > maxWord || Fold(w) != w {
				t.Errorf("Words(%q) gave %q", text, w)
			}
			for _, r := range w {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					t.Errorf("Words(%q) gave %q, with %q", text, w, r)
				}
			}
			for _, lang := range []string{"en", "fr"} {
				s := Stem(lang, w)
				if s == "" || len(s) > len(w) || !matchesTyped(lang, w, s) {
					t.Errorf("Stem(%q, %q) = %q", lang, w, s)
				}
			}
		})
	})
}
