package markdown

import (
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// French typography puts a no-break space where a line must not break:
// a narrow one (U+202F) before ; ! ? and a full one (U+00A0) before : and
// inside « ». Editors type ordinary spaces (CONTENT-FORMAT.md asks them not
// to type no-break spaces), so the pass replaces the ordinary space there,
// and adds the missing space only inside guillemets: for ; ! ? and : a
// missing space is more likely "10:30", "http://" or "?!" than a typo.
const (
	nbsp  = "\u00a0"
	nnbsp = "\u202f"
)

// frenchTypography is the goldmark extension that registers the pass. The
// pass runs for every Convert whose language is "fr".
type frenchTypography struct{}

func (frenchTypography) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(
		util.Prioritized(typographyPass{}, typographyPriority),
	))
}

type typographyPass struct{}

// Transform fixes the text of every block that holds inline content:
// paragraphs, headings, table cells, footnotes.
func (typographyPass) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	st := stateOf(pc)
	if st == nil || st.opts.Lang != "fr" {
		return
	}
	var leaves []*ast.Text
	walk(doc, func(n ast.Node) bool {
		if c := n.FirstChild(); c != nil && c.Type() == ast.TypeInline {
			leaves = textLeaves(leaves[:0], n)
			st.frenchRun(leaves)
			return false
		}
		return n.Type() != ast.TypeInline
	})
}

// textLeaves appends the text of block's inline content in order. Nodes
// whose content is not prose (code spans, autolinks, raw HTML, footnote
// references) are appended as nil: they separate the text around them but
// are never changed. Emphasis, links and the like are looked through, so
// "« *mot* »" is seen as one run of text.
func textLeaves(dst []*ast.Text, block ast.Node) []*ast.Text {
	walk(block, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Text:
			dst = append(dst, n)
			return false
		case *ast.CodeSpan, *ast.AutoLink, *ast.RawHTML:
			dst = append(dst, nil)
			return false
		}
		if n != block && !n.HasChildren() {
			dst = append(dst, nil)
		}
		return true
	})
	return dst
}

// opaque stands for the content of a node that is not text: something
// visible, so a guillemet next to it still gets its space.
const opaque = 'x'

// frenchRun fixes a run of text leaves. Each leaf is rewritten on its own,
// knowing the rune before it and the rune after it as they were in the
// source; the rules are written so that a space shared by two leaves is
// handled by exactly one of them.
func (st *convertState) frenchRun(leaves []*ast.Text) {
	prev := rune(0)
	for i, t := range leaves {
		if t == nil {
			prev = opaque
			continue
		}
		val := t.Segment.Value(st.src)
		last := prev
		if len(val) > 0 {
			last, _ = utf8.DecodeLastRune(val)
		}
		if t.SoftLineBreak() || t.HardLineBreak() {
			last = '\n'
		}
		st.frenchLeaf(t, val, prev, st.firstRune(leaves[i+1:]))
		prev = last
	}
}

// firstRune returns the rune that follows in the run: the first rune of the
// next non-empty leaf, a line break, opaque, or 0 at the end of the block.
// Stopping at line breaks keeps the scan short even over many empty leaves.
func (st *convertState) firstRune(rest []*ast.Text) rune {
	for _, t := range rest {
		if t == nil {
			return opaque
		}
		if val := t.Segment.Value(st.src); len(val) > 0 {
			r, _ := utf8.DecodeRune(val)
			return r
		}
		if t.SoftLineBreak() || t.HardLineBreak() {
			return '\n'
		}
	}
	return 0
}

// frenchLeaf rewrites one leaf. A soft line break is a space too: when it
// stands where a no-break space belongs, it is replaced by one.
func (st *convertState) frenchLeaf(t *ast.Text, val []byte, prev, next rune) {
	soft := t.SoftLineBreak() && !t.HardLineBreak()
	after := next
	if t.SoftLineBreak() || t.HardLineBreak() {
		after = '\n'
	}
	out, changed := frenchText(st.scratch[:0], val, prev, after)
	if soft {
		last, _ := utf8.DecodeLastRune(val)
		if sp := breakSpace(last, next); sp != "" {
			out = append(out, sp...)
			t.SetSoftLineBreak(false)
			changed = true
		}
	}
	st.scratch = out
	if changed {
		st.setText(t, out)
	}
}

// breakSpace returns the no-break space that replaces a line break between
// last and next, or "" if the break may stay.
func breakSpace(last, next rune) string {
	if last == '«' {
		return nbsp
	}
	return spaceBefore(next)
}

// frenchText appends val with the typography rules applied and reports
// whether anything changed. prev and after are the runes around val.
func frenchText(dst, val []byte, prev, after rune) ([]byte, bool) {
	changed := false
	before := prev
	for i := 0; i < len(val); {
		r, size := utf8.DecodeRune(val[i:])
		following := after
		if i+size < len(val) {
			following, _ = utf8.DecodeRune(val[i+size:])
		}
		switch {
		case r == ' ' && spaceBefore(following) != "":
			dst = append(dst, spaceBefore(following)...)
			changed = true
		case r == ' ' && before == '«':
			dst = append(dst, nbsp...)
			changed = true
		case r == '«' && missingSpace(following):
			dst = append(append(dst, val[i:i+size]...), nbsp...)
			changed = true
		case r == '»' && missingSpace(before):
			dst = append(append(dst, nbsp...), val[i:i+size]...)
			changed = true
		default:
			dst = append(dst, val[i:i+size]...)
		}
		before = r
		i += size
	}
	return dst, changed
}

// spaceBefore returns the no-break space that belongs before r, if any.
func spaceBefore(r rune) string {
	switch r {
	case ';', '!', '?':
		return nnbsp
	case ':', '»':
		return nbsp
	}
	return ""
}

// missingSpace reports whether a guillemet next to r lacks its space: r is
// visible content, not a space, a line break or the edge of the block.
func missingSpace(r rune) bool {
	switch r {
	case 0, ' ', '\t', '\n', '\u00a0', '\u202f', '\u2009':
		return false
	}
	return true
}

// setText points t at val. Text nodes are slices of the source, so the new
// text is appended to a private copy of it, which the renderer then reads;
// the soft and hard line break flags of the node stay as they are.
func (st *convertState) setText(t *ast.Text, val []byte) {
	if !st.extended {
		src := make([]byte, len(st.body), len(st.body)+len(st.body)/8+64)
		copy(src, st.body)
		st.src, st.extended = src, true
	}
	start := len(st.src)
	st.src = append(st.src, val...)
	t.Segment = text.NewSegment(start, len(st.src))
}
