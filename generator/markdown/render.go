package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// bufWriter lets goldmark's renderer write straight into the outliner's
// buffer. renderer.Render wraps any writer that is not a util.BufWriter in a
// fresh 4 KiB bufio.Writer on every call, which would cost an allocation
// per block; bytes.Buffer has everything but Flush and Buffered.
type bufWriter struct{ *bytes.Buffer }

func (bufWriter) Flush() error    { return nil }
func (w bufWriter) Buffered() int { return w.Len() }

// renderNode appends the HTML of n and its subtree. Rendering into a
// bytes.Buffer cannot fail, and none of our render functions returns an
// error, so the error is dropped.
func (o *outliner) renderNode(n ast.Node) {
	_ = o.r.Render(bufWriter{&o.buf}, o.st.src, n)
}

// render appends the HTML of n and returns where it is in the buffer.
func (o *outliner) render(n ast.Node) span {
	s := span{start: o.buf.Len()}
	o.renderNode(n)
	s.end = o.buf.Len()
	return s
}

// renderItemChildren renders an item's children from first on, up to the
// first lettered list, which it returns (nil if there is none). Lettered
// lists become blocks of their own.
//
// A paragraph directly in an item is always wrapped in <p>: goldmark turns
// the paragraphs of a tight list into bare text, but our item is a block of
// its own, not a line of a list.
func (o *outliner) renderItemChildren(first ast.Node) ast.Node {
	for c := first; c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *letteredList:
			return c
		case *ast.TextBlock:
			o.buf.WriteString("<p>")
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				o.renderNode(t)
			}
			o.buf.WriteString("</p>\n")
		default:
			o.renderNode(c)
		}
	}
	return nil
}

// result cuts the buffer into the blocks' HTML and derives their text.
func (o *outliner) result() Result {
	all := o.buf.Bytes()
	if cap(all)-len(all) > len(all)/8 {
		// The buffer was sized generously to avoid regrowing; the blocks
		// keep it alive for the whole build, so keep only what they use.
		all = bytes.Clone(all)
	}
	text := newTextBuilder(len(o.blocks), len(all))
	for i := range o.blocks {
		s := o.spans[i]
		o.blocks[i].HTML = all[s.start:s.end:s.end]
		text.add(o.blocks[i].HTML)
	}
	text.each(func(i int, s string) { o.blocks[i].Text = s })
	res := Result{Blocks: o.blocks, Links: o.st.links, Problems: o.st.problems}
	if f := o.footnotes; f.end > f.start {
		res.Footnotes = bytes.TrimRight(all[f.start:f.end:f.end], "\n")
	}
	return res
}
