package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The lettered list parsers mirror goldmark's parser/list.go and
// parser/list_item.go, restricted to one kind of marker: a lowercase ASCII
// letter and '.' or ')'. The list parser opens a list and decides, line by
// line, whether the list goes on; the item parser opens items and strips
// their indentation from continuation lines. Blank lines, nesting and lazy
// continuation lines then follow from goldmark's block loop exactly as for
// CommonMark lists.

// letterMarker is a parsed "a. " at the start of a line.
type letterMarker struct {
	indent int  // spaces before the letter (at most 3)
	letter byte // 'a'…'z'
	delim  byte // '.' or ')'
	end    int  // index just past the delimiter
}

// parseLetterMarker recognises up to three spaces, a lowercase ASCII letter,
// '.' or ')', at least one space or tab, and some text. Unlike CommonMark
// items a lettered item cannot be empty: "a." alone is far more likely to
// be text than an empty sub-paragraph.
func parseLetterMarker(line []byte) (letterMarker, bool) {
	i := 0
	for i < len(line) && i < 4 && line[i] == ' ' {
		i++
	}
	if i > 3 || i+2 >= len(line) {
		return letterMarker{}, false
	}
	m := letterMarker{indent: i, letter: line[i], delim: line[i+1], end: i + 2}
	if m.letter < 'a' || m.letter > 'z' || (m.delim != '.' && m.delim != ')') {
		return letterMarker{}, false
	}
	rest := line[m.end:]
	if w, _ := util.IndentWidth(rest, 0); w == 0 || util.IsBlank(rest) {
		return letterMarker{}, false
	}
	return m, true
}

// contentOffset is the width from the marker's end to the item's text, as
// goldmark's calcListOffset computes it: more than four columns means the
// text is an indented code block that starts one column after the marker.
func contentOffset(line []byte, m letterMarker) int {
	w, _ := util.IndentWidth(line[m.end:], m.end)
	if w > 4 {
		return 1
	}
	return w
}

// lastItemOffset is the text offset of the list's last item: lines indented
// at least that far belong to the item.
func lastItemOffset(list ast.Node) int {
	if item, ok := list.LastChild().(*letteredItem); ok {
		return item.offset
	}
	return 0
}

// letterTriggers are the bytes a lettered marker starts with; goldmark asks
// a block parser only about lines whose first non-space byte is a trigger.
var letterTriggers = func() []byte {
	b := make([]byte, 0, 26)
	for c := byte('a'); c <= 'z'; c++ {
		b = append(b, c)
	}
	return b
}()

type letteredListParser struct{}

func (letteredListParser) Trigger() []byte { return letterTriggers }

func (letteredListParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	// Every paragraph line starting with a lowercase letter gets here, so the
	// cheap parent test comes first.
	depth := letteredDepth(parent)
	if depth == 0 || depth > maxLetteredDepth {
		return nil, parser.NoChildren
	}
	line, _ := reader.PeekLine()
	m, ok := parseLetterMarker(line)
	if !ok {
		return nil, parser.NoChildren
	}
	// As only a list starting at 1 may interrupt a paragraph in CommonMark,
	// only "a." may: "…the rights of\n    b. c. citizens" stays one paragraph.
	if last := pc.LastOpenedBlock().Node; ast.IsParagraph(last) && last.Parent() == parent && m.letter != 'a' {
		return nil, parser.NoChildren
	}
	return &letteredList{delim: m.delim, depth: depth}, parser.HasChildren
}

func (letteredListParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, _ := reader.PeekLine()
	if util.IsBlank(line) {
		return parser.Continue | parser.HasChildren
	}
	indent, _ := util.IndentWidth(line, reader.LineOffset())
	if indent >= lastItemOffset(node) {
		return parser.Continue | parser.HasChildren // a line of the open item
	}
	if indent < 4 {
		if m, ok := parseLetterMarker(line); ok && m.delim == node.(*letteredList).delim {
			return parser.Continue | parser.HasChildren // the next item
		}
	}
	return parser.Close
}

func (letteredListParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	// Unlike goldmark's lists ours are never tight: each item is a
	// sub-paragraph and always renders its text in <p>.
}

func (letteredListParser) CanInterruptParagraph() bool { return true }

func (letteredListParser) CanAcceptIndentedLine() bool { return false }

type letteredItemParser struct{}

func (letteredItemParser) Trigger() []byte { return letterTriggers }

func (letteredItemParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	list, ok := parent.(*letteredList)
	if !ok {
		return nil, parser.NoChildren
	}
	line, _ := reader.PeekLine()
	m, ok := parseLetterMarker(line)
	if !ok || m.delim != list.delim || m.indent-lastItemOffset(list) > 3 {
		return nil, parser.NoChildren
	}
	offset := contentOffset(line, m)
	pos, padding := util.IndentPosition(line[m.end:], m.end, offset)
	if pos < 0 {
		pos, padding = 0, 0
	}
	reader.AdvanceAndSetPadding(m.end+pos, padding)
	return &letteredItem{letter: m.letter, offset: m.end + offset}, parser.HasChildren
}

func (letteredItemParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, _ := reader.PeekLine()
	if util.IsBlank(line) {
		reader.AdvanceToEOL()
		return parser.Continue | parser.HasChildren
	}
	offset := node.(*letteredItem).offset
	indent, _ := util.IndentWidth(line, reader.LineOffset())
	if indent < offset {
		// The next item, or a line that does not belong to the list at all;
		// the list parser has already told which, and a lazy paragraph line
		// is picked up by goldmark's block loop.
		return parser.Close
	}
	pos, padding := util.IndentPosition(line, reader.LineOffset(), offset)
	if pos < 0 {
		return parser.Close
	}
	reader.AdvanceAndSetPadding(pos, padding)
	return parser.Continue | parser.HasChildren
}

func (letteredItemParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {}

func (letteredItemParser) CanInterruptParagraph() bool { return true }

func (letteredItemParser) CanAcceptIndentedLine() bool { return false }
