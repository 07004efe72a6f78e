package markdown

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// safety is the goldmark extension that vets what could make the page run
// or load something the editor did not mean: link and image destinations,
// autolinks and raw HTML. Its AST pass reports problems and leaves only
// safe destinations in the tree; htmlRenderer escapes the raw HTML.
type safety struct{}

func (safety) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(
		util.Prioritized(safetyPass{}, safetyPriority),
	))
}

type safetyPass struct{}

func (safetyPass) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	st := stateOf(pc)
	if st == nil {
		return
	}
	// Collect first: checking replaces and unwraps nodes, which walk
	// cannot survive.
	var found []ast.Node
	walk(doc, func(n ast.Node) bool {
		switch n.Kind() {
		case ast.KindLink, ast.KindImage, ast.KindAutoLink, ast.KindRawHTML, ast.KindHTMLBlock:
			found = append(found, n)
		}
		return true
	})
	rawLine := 0
	for _, n := range found {
		switch n := n.(type) {
		case *ast.Link:
			st.checkLink(n, &n.Destination, "link")
		case *ast.Image:
			st.checkLink(n, &n.Destination, "image")
		case *ast.AutoLink:
			st.checkAutoLink(n)
		default:
			// One warning per line is enough for "<b>bold</b>".
			if line := st.line(n.Pos()); line != rawLine {
				st.warnf(line, `write Markdown instead; to show a "<" as such, write "\<"`,
					"raw HTML is shown as text, not interpreted")
				rawLine = line
			}
		}
	}
}

// checkLink vets the destination of a link or image. A safe one is recorded
// and rewritten; an unsafe one is reported and its node replaced by its
// content, so the text stays (for an image, its description).
func (st *convertState) checkLink(n ast.Node, dest *[]byte, what string) {
	if len(*dest) == 0 {
		return // "[text]()": a link to this very page, nothing to vet or rewrite
	}
	decoded := decodeDest(*dest)
	d, ok := st.vet(n, string(decoded), what)
	switch {
	case !ok:
		unwrap(n)
	case d == string(decoded): // no allocation: the common case without rewriting
		*dest = decoded
	default:
		*dest = []byte(d)
	}
}

// checkAutoLink turns an autolink (<https://…>, <a@b.org>) into a link, so
// that its destination is vetted and rewritten like any other, or into its
// text if it is unsafe. Autolinks are taken literally: CommonMark resolves
// no escapes or entities in them.
func (st *convertState) checkAutoLink(n *ast.AutoLink) {
	url := n.URL(st.body)
	if n.AutoLinkType == ast.AutoLinkEmail && !hasPrefixFold(url, "mailto:") {
		url = append([]byte("mailto:"), url...)
	}
	label := ast.NewString(n.Label(st.body))
	label.SetRaw(true)
	var repl ast.Node = label
	if d, ok := st.vet(n, string(url), "link"); ok {
		link := ast.NewLink()
		link.Destination = []byte(d)
		link.AppendChild(link, label)
		link.SetPos(n.Pos())
		repl = link
	}
	if p := n.Parent(); p != nil {
		p.ReplaceChild(p, n, repl)
	}
}

// vet checks a decoded destination. If it is safe it is recorded in the
// result and returned through RewriteLink; otherwise it is reported.
func (st *convertState) vet(n ast.Node, dest, what string) (string, bool) {
	line := st.line(n.Pos())
	if why := unsafeDest(dest); why != "" {
		st.errorf(line,
			"use an https:, http: or mailto: URL, a #fragment or a relative path; until then the "+what+" is shown as plain text",
			"unsafe %s destination %q: %s", what, clip(dest, 60), why)
		return "", false
	}
	st.links = append(st.links, Link{Dest: dest, Line: line})
	if st.opts.RewriteLink != nil {
		dest = st.opts.RewriteLink(dest)
	}
	return dest, true
}

// unwrap replaces n by its children.
func unwrap(n ast.Node) {
	p := n.Parent()
	if p == nil {
		return
	}
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		p.InsertBefore(p, n, c)
		c = next
	}
	p.RemoveChild(p, n)
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && bytes.EqualFold(b[:len(prefix)], []byte(prefix))
}

// clip shortens s to at most n runes for a message.
func clip(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}
