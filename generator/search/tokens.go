package search

import "unicode/utf8"

// maxWord is the longest folded word indexed, in characters. Longer runs
// of letters are not words a reader types (a hash, a URL squeezed
// together); dropping them keeps the dictionary small.
const maxWord = 40

// Words calls yield with each word of text, folded (see Fold), in order.
// A word is a run of letters, digits and combining marks: apostrophes,
// hyphens, spaces and punctuation separate words, so "l’intégration"
// gives "l" and "integration".
func Words(text string, yield func(word string)) {
	splitWords(text, func(raw string) {
		if w, ok := word(raw); ok {
			yield(w)
		}
	})
}

// Terms calls yield with the index term of each word of text that is not
// a stop word of lang: the folded word, stemmed. This is the analysis the
// index applies to every paragraph and search.js to every query.
func Terms(lang, text string, yield func(term string)) {
	splitWords(text, func(raw string) {
		if t := termOf(lang, raw); t != "" {
			yield(t)
		}
	})
}

// splitWords calls yield with each run of word characters of text, as
// written.
func splitWords(text string, yield func(raw string)) {
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			yield(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		yield(text[start:])
	}
}

// word folds a run of word characters, and reports whether it is a word
// to index: not empty once folded (a lone combining mark is), and not too
// long.
func word(raw string) (string, bool) {
	w := foldASCII(raw)
	if w == "" && raw != "" {
		w = Fold(raw)
	}
	return w, w != "" && runes(w) <= maxWord
}

// foldASCII is Fold for the common case of an ASCII word, without
// allocating when it is lowercase already; it returns "" for any other.
func foldASCII(raw string) string {
	lower := true
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c >= utf8.RuneSelf {
			return ""
		}
		lower = lower && (c < 'A' || c > 'Z')
	}
	if lower {
		return raw
	}
	return Fold(raw)
}

// termOf is the index term of a run of word characters in lang, or "" for
// a stop word or no word at all.
func termOf(lang, raw string) string {
	w, ok := word(raw)
	if !ok || stopWords[lang][w] {
		return ""
	}
	return Stem(lang, w)
}

// runes counts the characters of s.
func runes(s string) int { return utf8.RuneCountInString(s) }
