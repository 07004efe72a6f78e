package corpus

import (
	"bytes"
	"strconv"

	"github.com/BurntSushi/toml"
)

// linkFunc writes the destination of a link to r, in the writer's format.
type linkFunc func(r Ref) string

// writeBody writes blocks as Markdown: numbered paragraphs as an ordered
// list, lettered sub-paragraphs indented to the text of their paragraph
// ("11. " takes four columns, so "    a. "), blank lines between blocks.
func writeBody(b *bytes.Buffer, blocks []Block, link linkFunc) {
	for k, bl := range blocks {
		if k > 0 {
			b.WriteString("\n")
		}
		switch bl.Kind {
		case Heading:
			b.WriteString("## ")
		case Numbered:
			b.WriteString(strconv.Itoa(bl.Num))
			b.WriteString(". ")
		}
		b.WriteString(bl.Text)
		if l := bl.Link; l != nil {
			for _, s := range []string{" ", l.Before, " [", l.Label, "](", link(l.Target), ")."} {
				b.WriteString(s)
			}
		}
		b.WriteString("\n")
		indent := indents[len(strconv.Itoa(bl.Num))+2]
		for m, sub := range bl.Subs {
			for _, s := range []string{"\n", indent, letters[m], ". ", sub, "\n"} {
				b.WriteString(s)
			}
		}
	}
}

// indents[k] is k spaces; letters[m] names sub-paragraph m.
var (
	indents = []string{"", " ", "  ", "   ", "    ", "     ", "      "}
	letters = []string{"a", "b", "c", "d", "e", "f", "g", "h"}
)

// bodySize is about the size of the Markdown of blocks.
func bodySize(blocks []Block) int {
	n := 0
	for _, bl := range blocks {
		n += len(bl.Text) + 16
		if bl.Link != nil {
			n += len(bl.Link.Label) + 64
		}
		for _, sub := range bl.Subs {
			n += len(sub) + 16
		}
	}
	return n
}

// writeFile writes a Markdown file: TOML front matter between "+++"
// lines, a blank line, the body.
func writeFile(front any, blocks []Block, link linkFunc) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(2048 + bodySize(blocks)*9/8)
	b.WriteString("+++\n")
	enc := toml.NewEncoder(&b)
	enc.Indent = ""
	if err := enc.Encode(front); err != nil {
		return nil, err
	}
	b.WriteString("+++\n\n")
	writeBody(&b, blocks, link)
	return b.Bytes(), nil
}
