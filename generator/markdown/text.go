package markdown

import (
	"bytes"
	"html"
)

// textBuilder derives the plain text of blocks from their HTML, for search
// and tests. Working from the HTML rather than the AST means the text is
// exactly what the reader sees: typography applied, unsafe links reduced to
// their text, raw HTML shown as written. All texts of one document share a
// single string.
type textBuilder struct {
	buf     []byte
	ends    []int
	scratch []byte
}

// newTextBuilder returns a builder for n blocks whose HTML totals size
// bytes; text is never longer than its HTML, so buf never grows.
func newTextBuilder(n, size int) *textBuilder {
	return &textBuilder{buf: make([]byte, 0, size), ends: make([]int, 0, n)}
}

// add appends the text of one block's HTML.
func (t *textBuilder) add(h []byte) {
	t.scratch = stripTags(t.scratch[:0], h)
	plain := t.scratch
	if bytes.IndexByte(plain, '&') >= 0 {
		plain = []byte(html.UnescapeString(string(plain)))
	}
	t.buf = appendCollapsed(t.buf, plain)
	t.ends = append(t.ends, len(t.buf))
}

// each calls f with the index and text of every block added, in order.
func (t *textBuilder) each(f func(i int, text string)) {
	all := string(t.buf)
	start := 0
	for i, end := range t.ends {
		f(i, all[start:end])
		start = end
	}
}

// stripTags appends h without its tags. goldmark escapes every '<' of text
// and attribute values, so each '<' starts a tag and the next '>' ends it.
// Block elements are followed by a newline in goldmark's output, so the
// words of two paragraphs do not run together.
func stripTags(dst, h []byte) []byte {
	for len(h) > 0 {
		lt := bytes.IndexByte(h, '<')
		if lt < 0 {
			return append(dst, h...)
		}
		dst = append(dst, h[:lt]...)
		gt := bytes.IndexByte(h[lt:], '>')
		if gt < 0 {
			return dst
		}
		h = h[lt+gt+1:]
	}
	return dst
}

// appendCollapsed appends s with runs of ASCII white space turned into one
// space and none at either end. No-break spaces are kept: they are part of
// the French text, not layout.
func appendCollapsed(dst, s []byte) []byte {
	start := len(dst)
	for len(s) > 0 {
		i := 0
		for i < len(s) && isHTMLSpace(s[i]) {
			i++
		}
		s = s[i:]
		j := 0
		for j < len(s) && !isHTMLSpace(s[j]) {
			j++
		}
		if j == 0 {
			break
		}
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		dst = append(dst, s[:j]...)
		s = s[j:]
	}
	return dst
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}
