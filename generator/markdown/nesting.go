package markdown

import "bytes"

// MaxNesting bounds how deep lists and block quotes may nest. The archive's
// deepest structure is a lettered item under a lettered item under a
// numbered paragraph (p50-c-i), with perhaps a bulleted list inside, so 16
// leaves ample room. The bound exists because goldmark's time grows with
// the square of the depth: 10,000 levels of "- " take 0.2 s and 100,000
// take 21 s, and an 8 MB file could hold four million.
const MaxNesting = 16

// nesting is the result of scanning a body for its deepest container.
type nesting struct {
	depth         int // the deepest nesting of lists and block quotes
	line          int // the body line (1-based) where it first passes MaxNesting, or 0
	lists, quotes int // of the containers at the deepest point, how many are which
}

// container is an open list item or block quote: col is the column its
// content starts at, which a line must reach to stay inside it.
type container struct {
	col   int
	quote bool
}

// scanNesting measures how deep lists and block quotes nest, from the line
// prefixes alone, in one pass that costs no more than reading the body. It
// follows CommonMark closely enough to never under-count: a marker line
// closes the containers it is not indented into, and so does a line after
// a blank line; any other line is a lazy continuation and closes nothing.
// It may over-count inside a code block, where "- " is only text; that
// takes more than 16 levels of markers in code, which no declaration has.
func scanNesting(src []byte) nesting {
	var res nesting
	var open []container
	blank := false
	for n := 1; len(src) > 0; n++ {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		col, i := indent(line, 0, 0)
		if i == len(line) {
			blank = true
			continue
		}
		width, quote, ok := marker(line[i:], len(open) > 0)
		if ok || blank {
			for len(open) > 0 && open[len(open)-1].col > col {
				open = open[:len(open)-1]
			}
		}
		blank = false
		for ok {
			open = append(open, container{col: col + width, quote: quote})
			col, i = indent(line, i+width, col+width)
			width, quote, ok = marker(line[i:], true)
		}
		if len(open) > res.depth {
			res.depth, res.lists, res.quotes = len(open), 0, 0
			for _, c := range open {
				if c.quote {
					res.quotes++
				} else {
					res.lists++
				}
			}
		}
		if res.line == 0 && len(open) > MaxNesting {
			res.line = n
		}
	}
	return res
}

// indent skips spaces and tabs from line[i], at column col, and returns
// the column and index of the first other byte. Tabs stop every 4 columns.
func indent(line []byte, i, col int) (int, int) {
	for ; i < len(line); i++ {
		switch line[i] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return col, i
		}
	}
	return col, i
}

// marker recognises a container marker at the start of s and returns its
// width with the space after it: ">" (the space is optional), a bullet
// "-", "+" or "*", an ordered "11." or "11)", or, inside a list, a lettered
// "a." or "a)". A line that is a thematic break ("- - -") opens nothing.
func marker(s []byte, inList bool) (width int, quote, ok bool) {
	if len(s) == 0 {
		return 0, false, false
	}
	if s[0] == '>' {
		if len(s) > 1 && (s[1] == ' ' || s[1] == '\t') {
			return 2, true, true
		}
		return 1, true, true
	}
	n := 0
	switch c := s[0]; {
	case c == '-' || c == '+' || c == '*':
		if isThematicBreak(s) {
			return 0, false, false
		}
		n = 1
	case c >= '0' && c <= '9':
		for n < len(s) && n < 10 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n > 9 || n >= len(s) || (s[n] != '.' && s[n] != ')') {
			return 0, false, false
		}
		n++
	case inList && c >= 'a' && c <= 'z':
		if len(s) < 2 || (s[1] != '.' && s[1] != ')') {
			return 0, false, false
		}
		n = 2
	default:
		return 0, false, false
	}
	switch {
	case n == len(s):
		return n, false, true // an empty item
	case s[n] == ' ' || s[n] == '\t':
		return n + 1, false, true
	}
	return 0, false, false
}

// isThematicBreak reports whether s is three or more of one of "-*_",
// with only spaces and tabs between.
func isThematicBreak(s []byte) bool {
	count := 0
	for _, c := range s {
		switch c {
		case s[0]:
			count++
		case ' ', '\t':
		default:
			return false
		}
	}
	return count >= 3
}

const listHint = "un-indent the deeper items, or remove stray markers: a numbered paragraph takes lettered sub-paragraphs (11. → a. → i.), three levels in all"

// checkNesting reports a body nested deeper than MaxNesting, which Convert
// then refuses to parse.
func (st *convertState) checkNesting() bool {
	n := scanNesting(st.body)
	if n.depth <= MaxNesting {
		return true
	}
	what, hint := "lists and block quotes", listHint
	switch {
	case n.quotes == 0:
		what = "list"
	case n.lists == 0:
		what, hint = "block quote", "remove the extra > markers: a quotation needs one"
	}
	st.errorf(st.opts.LineOffset+n.line, hint, "%s nested %d levels deep; the archive allows %d", what, n.depth, MaxNesting)
	return false
}
