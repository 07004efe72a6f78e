package corpus

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textGen writes the prose of one language of one document.
type textGen struct {
	r   *rand.Rand
	lex *lexicon
	fr  bool
}

func newTextGen(r *rand.Rand, lang string) *textGen {
	if lang == "fr" {
		return &textGen{r: r, lex: &french, fr: true}
	}
	return &textGen{r: r, lex: &english}
}

// paragraph returns sentences totalling at least words words. end replaces
// the final full stop when it is not "." (a numbered paragraph often ends
// with a semicolon, as in the real declarations).
func (g *textGen) paragraph(words int, end string) string {
	b := make([]byte, 0, words*8) // about 7 bytes a word, in either language
	// Stop when what is left is shorter than a sentence: overshooting
	// each paragraph by half a sentence would add a fifth to the total.
	for n := 0; n == 0 || words-n >= 8; {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		var k int
		b, k = g.sentence(b, words-n)
		n += k
	}
	if end != "." {
		b = append(b[:len(b)-1], end...)
	}
	return string(b)
}

// sentence appends one sentence of about want words (12 to 28) to b and
// returns the number of words it added.
func (g *textGen) sentence(b []byte, want int) ([]byte, int) {
	target := min(between(g.r, 12, 28), max(want, 8))
	b, n := g.add(b, false, pick(g.r, g.lex.openers))
	b, k := g.add(b, true, pick(g.r, g.lex.verbs))
	n += k
	b, k = g.add(b, true, pick(g.r, g.lex.nouns))
	n += k
	for n < target {
		b, k = g.add(b, true, pick(g.r, g.lex.connectors))
		n += k
		b, k = g.add(b, true, pick(g.r, g.lex.nouns))
		n += k
	}
	return append(b, '.'), n
}

// nounPhrase returns a random noun phrase, such as "la cohésion sociale".
func (g *textGen) nounPhrase() string { return pick(g.r, g.lex.nouns) }

// verb returns a random infinitive.
func (g *textGen) verb() string { return pick(g.r, g.lex.verbs) }

// add appends phrase after a space (when spaced) and returns its word count.
// In French, "de" and "que" elide before a vowel: "d’améliorer".
func (g *textGen) add(b []byte, spaced bool, phrase string) ([]byte, int) {
	if spaced {
		if g.fr && startsWithVowel(phrase) && (endsWithWord(b, "de") || endsWithWord(b, "que")) {
			b = append(b[:len(b)-1], "’"...)
		} else {
			b = append(b, ' ')
		}
	}
	return append(b, phrase...), strings.Count(phrase, " ") + 1
}

// endsWithWord reports whether b ends with the whole word w.
func endsWithWord(b []byte, w string) bool {
	n := len(b) - len(w)
	return n >= 0 && string(b[n:]) == w && (n == 0 || b[n-1] == ' ')
}

// startsWithVowel reports whether s starts with a vowel, accented or not.
// Words starting with h are left alone: French elides before some and not
// before others, and the vocabulary avoids them.
func startsWithVowel(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("aeiouyàâéèêëîïôöûüåAEIOUYÀÂÉÈÊÎÔÖÛÜÅİ", r)
}

// elide joins a word such as "de" or "que" to what follows it, eliding
// before a vowel in French: elide("de", "Anvers") is "d’Anvers".
func elide(word, next string) string {
	if startsWithVowel(next) {
		return word[:len(word)-1] + "’" + next
	}
	return word + " " + next
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
