package markdown

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// htmlRenderer renders the node kinds whose HTML we decide ourselves:
//
//   - raw HTML, inline and block, is escaped and shown as text;
//   - links and images write their destination as the safety pass left it,
//     without decoding it again (goldmark's renderer decodes entities and
//     escapes in the destination, which the safety pass already did);
//   - the footnote list is a <section> without the <hr> goldmark adds;
//   - lettered lists, which the outliner always cuts into blocks, still have
//     a plain rendering so no code path can drop them.
type htmlRenderer struct{}

// htmlExtension registers htmlRenderer ahead of goldmark's renderers.
type htmlExtension struct{}

func (htmlExtension) Extend(m goldmark.Markdown) {
	m.Renderer().AddOptions(renderer.WithNodeRenderers(
		util.Prioritized(htmlRenderer{}, htmlRendererPriority),
	))
}

func (r htmlRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, r.rawHTML)
	reg.Register(ast.KindHTMLBlock, r.htmlBlock)
	reg.Register(ast.KindLink, r.link)
	reg.Register(ast.KindImage, r.image)
	reg.Register(east.KindFootnoteList, r.footnoteList)
	reg.Register(kindLetteredList, r.letteredList)
	reg.Register(kindLetteredItem, r.letteredItem)
}

func (htmlRenderer) rawHTML(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		segs := node.(*ast.RawHTML).Segments
		for i := 0; i < segs.Len(); i++ {
			seg := segs.At(i)
			html.DefaultWriter.RawWrite(w, seg.Value(src))
		}
	}
	return ast.WalkSkipChildren, nil
}

// htmlBlock shows an HTML block as a paragraph of its source text.
func (htmlRenderer) htmlBlock(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.HTMLBlock)
	_, _ = w.WriteString("<p>")
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		line := lines.At(i)
		writeSourceLine(w, line.Value(src), i == lines.Len()-1 && !n.HasClosure())
	}
	if n.HasClosure() {
		writeSourceLine(w, n.ClosureLine.Value(src), true)
	}
	_, _ = w.WriteString("</p>\n")
	return ast.WalkContinue, nil
}

// writeSourceLine writes a line of source escaped, without its line break
// if it is the last one.
func writeSourceLine(w util.BufWriter, line []byte, last bool) {
	if last {
		line = util.TrimRightSpace(line)
	}
	html.DefaultWriter.RawWrite(w, line)
}

func (htmlRenderer) link(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Link)
	_, _ = w.WriteString(`<a href="`)
	_, _ = w.Write(util.EscapeHTML(util.URLEscape(n.Destination, false)))
	_ = w.WriteByte('"')
	writeTitle(w, n.Title)
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

func (htmlRenderer) image(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Image)
	_, _ = w.WriteString(`<img src="`)
	_, _ = w.Write(util.EscapeHTML(util.URLEscape(n.Destination, false)))
	_, _ = w.WriteString(`" alt="`)
	writeAlt(w, src, n)
	_ = w.WriteByte('"')
	writeTitle(w, n.Title)
	_ = w.WriteByte('>')
	return ast.WalkSkipChildren, nil
}

func writeTitle(w util.BufWriter, title []byte) {
	if title == nil {
		return
	}
	_, _ = w.WriteString(` title="`)
	html.DefaultWriter.Write(w, title)
	_ = w.WriteByte('"')
}

// writeAlt writes the text of an image's description, without markup.
func writeAlt(w util.BufWriter, src []byte, img ast.Node) {
	walk(img, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Text:
			if n.IsRaw() {
				html.DefaultWriter.RawWrite(w, n.Segment.Value(src))
			} else {
				html.DefaultWriter.Write(w, n.Segment.Value(src))
			}
			if n.SoftLineBreak() || n.HardLineBreak() {
				_ = w.WriteByte(' ')
			}
		case *ast.String:
			html.DefaultWriter.RawWrite(w, n.Value)
		}
		return true
	})
}

func (htmlRenderer) footnoteList(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString("<section class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n")
	} else {
		_, _ = w.WriteString("</ol>\n</section>\n")
	}
	return ast.WalkContinue, nil
}

func (htmlRenderer) letteredList(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString("<ol type=\"a\">\n")
	} else {
		_, _ = w.WriteString("</ol>\n")
	}
	return ast.WalkContinue, nil
}

func (htmlRenderer) letteredItem(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString("<li>\n")
	} else {
		_, _ = w.WriteString("</li>\n")
	}
	return ast.WalkContinue, nil
}
