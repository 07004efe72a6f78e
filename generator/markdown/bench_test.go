package markdown

import (
	"bytes"
	"fmt"
	"testing"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// benchDoc returns a declaration-like body of about 1,500 words: a heading
// every ten paragraphs, 40 numbered paragraphs, lettered sub-paragraphs
// under every other one, links, emphasis and a footnote.
func benchDoc() []byte {
	const sentence = "Les villes et les autorités locales jouent un rôle essentiel ; elles accueillent les migrants : « ensemble » !"
	var b bytes.Buffer
	for i := 1; i <= 40; i++ {
		if i%10 == 1 {
			fmt.Fprintf(&b, "## Partie %d\n\nUne introduction à la partie, avec un [lien](mechelen-2017#p%d).\n\n", i/10+1, i)
		}
		fmt.Fprintf(&b, "%d. %s *Nous demandons* l’aide.\n", i, sentence)
		if i == 7 {
			b.WriteString("    Voir la note.[^1]\n")
		}
		b.WriteString("\n")
		if i%2 == 0 {
			for _, l := range "abc" {
				fmt.Fprintf(&b, "    %c. De reconnaître le rôle des villes et des régions ; voir [ici](https://example.org/%d).\n\n", l, i)
			}
		}
	}
	b.WriteString("[^1]: Une note de bas de page : la voici.\n")
	return b.Bytes()
}

func BenchmarkConvert(b *testing.B) {
	src := benchDoc()
	for _, lang := range []string{"en", "fr"} {
		b.Run(lang, func(b *testing.B) {
			c := NewConverter(lang)
			opts := Options{File: "content/declarations/x/" + lang + ".md", LineOffset: 8}
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				c.Convert(src, opts)
			}
		})
	}
}

// BenchmarkGoldmark converts the same document with plain goldmark and the
// same extensions, as a yardstick for what our passes cost.
func BenchmarkGoldmark(b *testing.B) {
	src := benchDoc()
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Footnote))
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		_ = md.Convert(src, &buf)
	}
}

func TestBenchDoc(t *testing.T) {
	src := benchDoc()
	res := NewConverter("fr").Convert(src, Options{})
	words := 0
	for _, f := range bytes.Fields(src) {
		if bytes.ContainsFunc(f, unicode.IsLetter) {
			words++
		}
	}
	numbered := 0
	for _, bl := range res.Blocks {
		if bl.Kind == Numbered {
			numbered++
		}
	}
	if words < 1400 || words > 1600 || numbered != 40 || len(res.Problems) > 0 {
		t.Errorf("bench document: %d words, %d numbered paragraphs, problems %v; want ~1,500, 40, none",
			words, numbered, res.Problems)
	}
}
