package scaffold

import (
	"strings"

	"github.com/concord-archive/concord/generator/content"
)

// singular is the word concord new takes for each section, which is also
// the name of the section's archetype: "concord new declaration x" reads
// better than "concord new declarations x" (both work).
var singular = map[string]string{"declarations": "declaration", "events": "event", "news": "news", "pages": "page"}

func singularOf(section string) string {
	if w, ok := singular[section]; ok {
		return w
	}
	return section
}

// sectionOf returns the section a command-line word names.
func sectionOf(word string) (string, bool) {
	for _, s := range content.Sections {
		if word == s || word == singularOf(s) {
			return s, true
		}
	}
	return "", false
}

func sectionWords() []string {
	words := make([]string, len(content.Sections))
	for i, s := range content.Sections {
		words[i] = singularOf(s)
	}
	return words
}

// maxSlug is the longest slug content.ValidSlug accepts.
const maxSlug = 100

// SuggestSlug turns free text into a slug: "Düsseldorf_2019" gives
// "dusseldorf-2019". Accented Latin letters lose their accents, capitals
// are lowered, and anything else that is not a letter or a digit separates
// words. It returns "" when nothing usable is left.
func SuggestSlug(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(s) {
		ascii := fold(r)
		if ascii == "" {
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte('-')
			gap = false
		}
		b.WriteString(ascii)
	}
	slug := b.String()
	if len(slug) > maxSlug {
		// Cut at the last word that fits, not inside one.
		slug = slug[:maxSlug+1]
		if i := strings.LastIndexByte(slug, '-'); i > 0 {
			return slug[:i]
		}
		return slug[:maxSlug]
	}
	return slug
}

// accents lists, for each ASCII spelling, the lowercase Latin letters that
// fold to it. The standard library has no Unicode decomposition and
// golang.org/x/text is not among our dependencies; the letters of European
// city and organisation names are all here.
var accents = map[string]string{
	"a": "àáâãäåāăą", "ae": "æ", "c": "çćĉċč", "d": "ďđð", "e": "èéêëēĕėęě",
	"g": "ĝğġģ", "h": "ĥħ", "i": "ìíîïĩīĭįı", "ij": "ĳ", "j": "ĵ", "k": "ķ",
	"l": "ĺļľŀł", "n": "ñńņň", "o": "òóôõöøōŏő", "oe": "œ", "r": "ŕŗř",
	"s": "śŝşšș", "ss": "ß", "t": "ţťŧț", "th": "þ", "u": "ùúûüũūŭůűų",
	"w": "ŵ", "y": "ýÿŷ", "z": "źżž",
}

// fold returns the ASCII spelling of a lowercase letter or digit, or "" for
// a separator.
func fold(r rune) string {
	if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
		return string(r)
	}
	for ascii, letters := range accents {
		if strings.ContainsRune(letters, r) {
			return ascii
		}
	}
	return ""
}

// slugHint says how to write a slug, with the suggestion for the input
// when there is one.
func slugHint(input string) string {
	const rule = "a slug is lowercase letters a-z and digits, in words joined by single hyphens"
	if s := SuggestSlug(input); s != "" {
		return "try " + quote(s) + ": " + rule
	}
	return rule + ", e.g. mechelen-2017"
}

// titleFromSlug is the placeholder title of a new document:
// "mechelen-2017" gives "Mechelen 2017".
func titleFromSlug(slug string) string {
	t := strings.ReplaceAll(slug, "-", " ")
	return strings.ToUpper(t[:1]) + t[1:]
}
