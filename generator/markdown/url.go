package markdown

import (
	"strings"

	"github.com/yuin/goldmark/util"
)

// allowedSchemes are the only schemes a destination may name. The list is
// an allow-list on purpose: javascript:, vbscript: and data: are the known
// attacks, but any scheme we did not think of could be the next one.
var allowedSchemes = []string{"http", "https", "mailto"}

// decodeDest resolves what a browser would see in a destination: Markdown
// backslash escapes and HTML entities. The check must run on this form,
// since "jav&#x61;script:" is "javascript:" once decoded.
func decodeDest(dest []byte) []byte {
	dest = util.UnescapePunctuations(dest)
	dest = util.ResolveNumericReferences(dest)
	return util.ResolveEntityNames(dest)
}

// unsafeDest returns why a decoded destination may not be written as an
// href or src, or "" if it may: http:, https: and mailto: URLs, #fragments
// and scheme-less relative paths are allowed.
//
// Browsers drop tabs and newlines anywhere in a URL and control characters
// and spaces around it before they look for the scheme, so those are
// refused outright rather than stripped and re-checked. Any ':' before the
// first '/', '?' or '#' names a scheme; it must be allowed, compared without
// case ("JaVaScRiPt:" is javascript:).
func unsafeDest(dest string) string {
	for i := 0; i < len(dest); i++ {
		if c := dest[i]; c < 0x20 || c == 0x7f {
			return "it contains a control character"
		}
	}
	if strings.HasPrefix(dest, " ") || strings.HasSuffix(dest, " ") {
		return "it starts or ends with a space"
	}
	if len(dest) >= 2 && isSlash(dest[0]) && isSlash(dest[1]) {
		// "//host/x" (or "\\host", which browsers read the same way) leaves
		// the site with whatever scheme the page has.
		return "it names a host without a scheme"
	}
	end := strings.IndexAny(dest, ":/?#")
	if end < 0 || dest[end] != ':' {
		return "" // relative path or fragment
	}
	scheme := dest[:end]
	for _, s := range allowedSchemes {
		if strings.EqualFold(scheme, s) {
			return ""
		}
	}
	if !isScheme(scheme) {
		return "it has a ':' before any '/', which reads as a scheme"
	}
	return "the " + strings.ToLower(scheme) + ": scheme is not allowed"
}

// isScheme reports whether s has the syntax of a URL scheme (RFC 3986
// section 3.1), short enough to quote in a message.
func isScheme(s string) bool {
	if s == "" || len(s) > 32 || !isLetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && !('0' <= c && c <= '9') && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isSlash(c byte) bool { return c == '/' || c == '\\' }
