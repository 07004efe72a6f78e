package markdown

import (
	"strconv"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/util"
)

// maxLetteredDepth bounds how deep lettered lists nest (p1-a-b-c-…). The
// outliner recurses once per level; beyond the bound a marker line is
// ordinary text of its item, so no input can make that recursion deep.
// Real declarations go two levels deep (p50-c-i).
const maxLetteredDepth = 8

// The AST kinds of lettered lists, distinct from goldmark's ast.List so that
// the outliner and the renderer can tell sub-paragraphs from ordinary lists.
var (
	kindLetteredList = ast.NewNodeKind("LetteredList")
	kindLetteredItem = ast.NewNodeKind("LetteredItem")
)

// letteredList is a run of lettered items ("a. …", "b. …") inside a numbered
// or lettered item.
type letteredList struct {
	ast.BaseBlock
	delim byte // '.' or ')'; as in CommonMark, another delimiter starts a new list
	depth int  // 1 under a numbered item, 2 under a lettered item, …
}

func (n *letteredList) Kind() ast.NodeKind { return kindLetteredList }

func (n *letteredList) Dump(src []byte, level int) {
	kv := map[string]string{"Delim": string(n.delim), "Depth": strconv.Itoa(n.depth)}
	ast.DumpHelper(n, src, level, kv, nil)
}

// letteredItem is one lettered sub-paragraph.
type letteredItem struct {
	ast.BaseBlock
	letter byte
	offset int // width of "a. " and its indent: continuation lines must be indented this far
}

func (n *letteredItem) Kind() ast.NodeKind { return kindLetteredItem }

func (n *letteredItem) Dump(src []byte, level int) {
	kv := map[string]string{"Letter": string(n.letter), "Offset": strconv.Itoa(n.offset)}
	ast.DumpHelper(n, src, level, kv, nil)
}

// letteredLists is the goldmark extension that parses lettered lists.
type letteredLists struct{}

func (letteredLists) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithBlockParsers(
		util.Prioritized(letteredListParser{}, letteredListPriority),
		util.Prioritized(letteredItemParser{}, letteredItemPriority),
	))
}

// letteredDepth returns the depth a lettered list opened under parent would
// have, or 0 if lettered lists may not start there. They start only in a
// numbered paragraph (an item of a top-level ordered list) or in a lettered
// item, which is what keeps prose like "a. m." at top level a paragraph and
// guarantees that every lettered item gets an anchor.
func letteredDepth(parent ast.Node) int {
	switch p := parent.(type) {
	case *letteredItem:
		if l, ok := p.Parent().(*letteredList); ok {
			return l.depth + 1
		}
	case *ast.ListItem:
		if isNumberedList(p.Parent()) {
			return 1
		}
	}
	return 0
}

// isNumberedList reports whether n is a top-level ordered list, whose items
// are the numbered paragraphs.
func isNumberedList(n ast.Node) bool {
	l, ok := n.(*ast.List)
	return ok && l.IsOrdered() && l.Parent() != nil && l.Parent().Kind() == ast.KindDocument
}
