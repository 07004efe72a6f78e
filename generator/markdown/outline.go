package markdown

import (
	"bytes"
	"strconv"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
)

// outliner turns the parsed document into Blocks: it walks the top level,
// assigns each block its anchor and renders the block's own HTML.
//
// All HTML goes into one buffer and each Block.HTML is a slice of it, cut
// once rendering is done (the buffer may move while it grows). That costs
// one growing allocation per document instead of one per block.
type outliner struct {
	st    *convertState
	r     renderer.Renderer
	buf   bytes.Buffer
	spans []span // HTML of blocks[i] is buf[spans[i].start:spans[i].end]

	blocks    []Block
	footnotes span
	seen      map[string]int // anchor → line of the block that took it first
	suffix    map[string]int // anchor → last suffix given to a duplicate of it

	section    int // top-level headings seen so far
	unnumbered int // unnumbered non-heading blocks seen in this section
	lastLine   int // line of the last block, for nodes without a position
}

type span struct{ start, end int }

func newOutliner(st *convertState, r renderer.Renderer) *outliner {
	// Most blocks are separated by a blank line, and HTML runs about twice
	// the size of its Markdown: sizing for that saves most regrowing.
	n := bytes.Count(st.body, []byte("\n\n")) + 1
	o := &outliner{
		st: st, r: r,
		blocks: make([]Block, 0, n), spans: make([]span, 0, n),
		seen: make(map[string]int, n), lastLine: st.opts.LineOffset + 1,
	}
	o.buf.Grow(2 * len(st.body))
	return o
}

// document emits the blocks of the top level in order.
func (o *outliner) document(doc ast.Node) {
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.LinkReferenceDefinition:
			// Renders nothing; counting it would shift the positional anchors.
		case *east.FootnoteList:
			o.footnotes = o.render(n)
		case *ast.Heading:
			o.heading(n)
		case *ast.List:
			o.list(n)
		default:
			o.checkStrayLetter(n)
			o.open(o.positional(Text, n))
			o.renderNode(n)
			o.close()
		}
	}
}

// checkStrayLetter warns about a paragraph that starts like "a. " right
// after a numbered paragraph: most likely a sub-paragraph indented too
// little, which CommonMark reads as ordinary text. Guessing would capture
// prose, so it stays a paragraph.
func (o *outliner) checkStrayLetter(n ast.Node) {
	if n.Kind() != ast.KindParagraph || !isNumberedList(n.PreviousSibling()) || n.Lines().Len() == 0 {
		return
	}
	first := n.Lines().At(0)
	if _, ok := parseLetterMarker(first.Value(o.st.body)); ok {
		o.st.warnf(o.line(n), "indent it to the text of the numbered paragraph above (4 spaces under \"11. \")",
			"paragraph starting like a lettered sub-paragraph is not one")
	}
}

func (o *outliner) heading(h *ast.Heading) {
	o.section++
	o.unnumbered = 0
	o.open(Block{ID: "s" + strconv.Itoa(o.section), Kind: Heading, Level: h.Level, Line: o.line(h)})
	// The template writes the <hN id=…> element; we give it the content.
	for c := h.FirstChild(); c != nil; c = c.NextSibling() {
		o.renderNode(c)
	}
	o.close()
}

// list emits one block per item of a top-level list: numbered paragraphs
// for an ordered list, positional Bullet blocks otherwise.
func (o *outliner) list(l *ast.List) {
	i := 0
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		var b Block
		if l.IsOrdered() {
			num := o.itemNumber(c, l.Start+i)
			b = Block{ID: "p" + num, Number: num, Kind: Numbered, Line: o.line(c)}
		} else {
			b = o.positional(Bullet, c)
		}
		o.item(b, c)
		i++
	}
}

// itemNumber returns the number written before the item ("011." gives
// "11"). Anchors follow the source, not CommonMark's renumbering from the
// list start, so that a repeated number is caught instead of hidden.
func (o *outliner) itemNumber(item ast.Node, fallback int) string {
	if pos := item.Pos(); pos >= 0 && pos < len(o.st.body) {
		digits := o.st.body[pos:]
		n := 0
		for n < len(digits) && n < 9 && '0' <= digits[n] && digits[n] <= '9' {
			n++
		}
		if v, err := strconv.Atoi(string(digits[:n])); err == nil {
			return strconv.Itoa(v)
		}
	}
	return strconv.Itoa(fallback)
}

// item emits a numbered, lettered or bulleted item and then its lettered
// sub-paragraphs, each a block of its own right after it.
func (o *outliner) item(b Block, item ast.Node) {
	b = o.open(b)
	next := o.renderItemChildren(item.FirstChild())
	o.close()
	for k := 1; next != nil; {
		o.letteredList(b, next.(*letteredList))
		switch rest := next.NextSibling(); rest.(type) {
		case nil:
			return
		case *letteredList: // "a)" after "a.": a new list, as in CommonMark
			next = rest
		default:
			next = o.continuation(b, rest, k)
			k++
		}
	}
}

func (o *outliner) letteredList(parent Block, l *letteredList) {
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		it, ok := c.(*letteredItem)
		if !ok {
			continue
		}
		letter := string(it.letter)
		o.item(Block{
			ID: parent.ID + "-" + letter, Number: letter, Kind: Lettered,
			Depth: parent.Depth + 1, Line: o.line(c),
		}, c)
	}
}

// continuation emits content that follows a lettered list inside the same
// item. It has no anchor in the content format, so it is an error; it still
// gets a block of its own, so that nothing is lost and the order is kept.
func (o *outliner) continuation(parent Block, first ast.Node, k int) ast.Node {
	id := parent.ID + "-cont"
	if k > 1 {
		id += strconv.Itoa(k)
	}
	b := o.open(Block{ID: id, Kind: Text, Depth: parent.Depth, Line: o.line(first)})
	o.st.errorf(b.Line,
		"un-indent it to make it a paragraph of its own, or indent it under the last lettered item",
		"text after the lettered sub-paragraphs of #%s has no anchor", parent.ID)
	next := o.renderItemChildren(first)
	o.close()
	return next
}

// positional returns an unnumbered block anchored by its place in the
// current section: s{section}-{n}.
func (o *outliner) positional(kind Kind, n ast.Node) Block {
	o.unnumbered++
	id := "s" + strconv.Itoa(o.section) + "-" + strconv.Itoa(o.unnumbered)
	return Block{ID: id, Kind: kind, Line: o.line(n)}
}

// open starts block b, making its anchor unique, and returns it as stored.
func (o *outliner) open(b Block) Block {
	o.unique(&b)
	o.blocks = append(o.blocks, b)
	o.spans = append(o.spans, span{start: o.buf.Len()})
	o.lastLine = b.Line
	return b
}

// close ends the block opened last, dropping the final newline goldmark
// writes after block elements.
func (o *outliner) close() {
	s := &o.spans[len(o.spans)-1]
	s.end = s.start + len(bytes.TrimRight(o.buf.Bytes()[s.start:], "\n"))
}

// unique gives b a fresh anchor if another block already has it, and
// reports the clash: a repeated number is an editing mistake that would
// make two paragraphs share a bookmark.
func (o *outliner) unique(b *Block) {
	first, taken := o.seen[b.ID]
	if !taken {
		o.seen[b.ID] = b.Line
		return
	}
	base := b.ID
	b.ID = o.suffixed(base)
	o.seen[b.ID] = b.Line
	what := "anchor"
	switch b.Kind {
	case Numbered:
		what = "paragraph number " + b.Number
	case Lettered:
		what = "sub-paragraph letter " + b.Number
	}
	o.st.problems.Add(o.st.pos(b.Line),
		"duplicate "+what+" (#"+base+")",
		"number as in the source document; until then this one is anchored #"+b.ID,
		o.st.pos(first))
}

// suffixed returns the first free anchor base-2, base-3, …. It remembers
// the last suffix per base, so that a thousand "1." items cost linear time.
func (o *outliner) suffixed(base string) string {
	if o.suffix == nil {
		o.suffix = make(map[string]int)
	}
	k := max(o.suffix[base], 1)
	for {
		k++
		id := base + "-" + strconv.Itoa(k)
		if _, taken := o.seen[id]; !taken {
			o.suffix[base] = k
			return id
		}
	}
}

// line returns the file line where block n starts.
func (o *outliner) line(n ast.Node) int {
	for depth := 0; n != nil && depth < 8; depth++ {
		if pos := n.Pos(); pos >= 0 {
			return o.st.line(pos)
		}
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			return o.st.line(n.Lines().At(0).Start)
		}
		n = n.FirstChild()
	}
	return o.lastLine
}
