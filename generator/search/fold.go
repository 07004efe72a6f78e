package search

import (
	"strings"
	"unicode"
)

// latin lists, for each plain spelling, the lowercase letters that fold to
// it: Latin-1, Latin Extended-A and the letters of Extended-B that
// European languages use, with their ligatures. The standard library has
// no Unicode decomposition and golang.org/x/text is not among our
// dependencies; a text that arrives decomposed ("e" + U+0301) loses its
// combining marks in foldRune instead. search.js carries the same table.
var latin = map[string]string{
	"a": "àáâãäåāăąǎǟǡǻȁȃȧ", "ae": "æǣǽ", "b": "ƀɓ", "c": "çćĉċčƈ", "d": "ďđðɗ",
	"e": "èéêëēĕėęěȅȇȩ", "f": "ƒ", "g": "ĝğġģǥǧǵ", "h": "ĥħȟ", "i": "ìíîïĩīĭįıǐȉȋ",
	"ij": "ĳ", "j": "ĵǰ", "k": "ķĸƙǩ", "l": "ĺļľŀłƚ", "n": "ñńņňŉŋǹ",
	"o": "òóôõöøōŏőơǒǫǭǿȍȏȫȭȯȱ", "oe": "œ", "r": "ŕŗřȑȓ", "s": "śŝşšșſ",
	"ss": "ß", "t": "ţťŧț", "th": "þ", "u": "ùúûüũūŭůűųưǔǖǘǚǜȕȗ", "w": "ŵ",
	"y": "ýÿŷȳ", "z": "źżžƶȥ", "dz": "ǆǳ", "lj": "ǉ", "nj": "ǌ", "ff": "ﬀ",
	"fi": "ﬁ", "fl": "ﬂ", "ffi": "ﬃ", "ffl": "ﬄ", "st": "ﬅﬆ",
	"σ": "ς", // Greek final sigma: case folding makes it σ
}

// foldTable is latin by letter.
var foldTable = invert(latin)

func invert(m map[string]string) map[rune]string {
	t := make(map[rune]string)
	for plain, letters := range m {
		for _, r := range letters {
			t[r] = plain
		}
	}
	return t
}

// Fold returns s lowercased and without accents, in the spelling the index
// uses: "Déplacés" gives "deplaces", "Straße" "strasse". Characters that
// are neither letters nor digits are dropped; Tokens splits text at them
// first.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteString(foldRune(r))
	}
	return b.String()
}

// foldRune is the folded spelling of one character: ASCII letters and
// digits lowered, accented Latin letters spelled plain, other letters and
// digits lowered, fullwidth forms made ASCII, and "" for combining marks
// and everything else.
func foldRune(r rune) string {
	switch {
	case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
		return string(r)
	case 'A' <= r && r <= 'Z':
		return string(r + 'a' - 'A')
	case r < 0x80:
		return ""
	case 0xFF10 <= r && r <= 0xFF19, 0xFF21 <= r && r <= 0xFF3A, 0xFF41 <= r && r <= 0xFF5A:
		return foldRune(r - 0xFEE0) // fullwidth digits and letters
	}
	r = unicode.ToLower(r)
	if plain, ok := foldTable[r]; ok {
		return plain
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return string(r)
	}
	return ""
}

// isWordRune reports whether r belongs to a word: letters, digits and the
// combining marks that decorate them. Anything else separates words.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}
