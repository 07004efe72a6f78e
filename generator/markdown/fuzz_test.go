package markdown

import (
	"bytes"
	"html"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var fuzzConverters = map[bool]*Converter{false: NewConverter("en"), true: NewConverter("fr")}

// FuzzConvert checks that any input converts without panicking, with unique
// anchors, lines inside the file and only safe markup in the output. It is
// seeded with every case file input.
func FuzzConvert(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		for _, c := range readCases(f, file) {
			lang, opts := c.opts()
			f.Add([]byte(c.input), lang == "fr", uint8(opts.LineOffset))
		}
	}
	f.Add([]byte(strings.Repeat(">", 200)+" x\n"), false, uint8(0))
	f.Add([]byte(strings.Repeat("- ", 200)+"x\n"), true, uint8(3))
	f.Add([]byte("1. x\n"+strings.Repeat("   a. y\n", 50)), true, uint8(0))
	f.Fuzz(func(t *testing.T, src []byte, french bool, offset uint8) {
		opts := Options{File: "f.md", LineOffset: int(offset)}
		res := fuzzConverters[french].Convert(src, opts)
		checkResult(t, src, opts, res)
	})
}

// FuzzLetteredList puts arbitrary lines under a numbered paragraph, where
// lettered lists may start, and checks that every lettered block hangs
// under the right parent.
func FuzzLetteredList(f *testing.F) {
	f.Add([]byte("a. one\nb. two\n   a. nested\n   b) other\nc. three\n"))
	f.Add([]byte("a. x\n\n   more\n\nb. y\nlazy\n\n   i. deep\n      a. deeper\n"))
	f.Add([]byte("b. not first\na. first\n\tc. tab\n    d. code\n"))
	f.Add([]byte("a. " + strings.Repeat("a. ", 30) + "x\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		var src bytes.Buffer
		src.WriteString("11. Intro:\n\n")
		for _, line := range bytes.SplitAfter(body, []byte("\n")) {
			if len(line) > 0 {
				src.WriteString("    ")
				src.Write(line)
			}
		}
		opts := Options{File: "f.md"}
		res := fuzzConverters[false].Convert(src.Bytes(), opts)
		checkResult(t, src.Bytes(), opts, res)
		checkLettered(t, src.Bytes(), res)
	})
}

func checkResult(t *testing.T, src []byte, opts Options, res Result) {
	t.Helper()
	first, last := opts.LineOffset+1, opts.LineOffset+1+bytes.Count(src, []byte("\n"))
	seen := map[string]bool{}
	for _, b := range res.Blocks {
		if b.ID == "" || seen[b.ID] {
			t.Fatalf("anchor %q empty or repeated in %q", b.ID, src)
		}
		seen[b.ID] = true
		if b.Line < first || b.Line > last {
			t.Errorf("block %s at line %d, outside %d-%d", b.ID, b.Line, first, last)
		}
		if b.Kind == Lettered && (b.Depth < 1 || b.Depth > maxLetteredDepth) {
			t.Errorf("lettered block %s has depth %d", b.ID, b.Depth)
		}
		checkMarkup(t, b.HTML)
	}
	for _, l := range res.Links {
		if l.Line < first || l.Line > last {
			t.Errorf("link %q at line %d, outside %d-%d", l.Dest, l.Line, first, last)
		}
	}
	for _, p := range res.Problems {
		if p.Pos.Line < first || p.Pos.Line > last {
			t.Errorf("problem %q at line %d, outside %d-%d", p.Msg, p.Pos.Line, first, last)
		}
	}
	checkMarkup(t, res.Footnotes)
}

var (
	tagRe  = regexp.MustCompile(`<(/?)([a-zA-Z0-9]*)([^>]*)>`)
	attrRe = regexp.MustCompile(`\s+([^\s="]+)="([^"]*)"`)

	allowedTags = map[string]bool{
		"p": true, "em": true, "strong": true, "del": true, "code": true, "pre": true, "a": true, "img": true,
		"br": true, "hr": true, "ul": true, "ol": true, "li": true, "blockquote": true, "sup": true, "section": true,
		"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
		"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	}
	allowedAttrs = map[string]bool{
		"href": true, "src": true, "alt": true, "title": true, "class": true, "role": true,
		"id": true, "start": true, "type": true, "style": true,
	}
)

// checkMarkup asserts that html holds only the elements and attributes our
// renderer writes, and only safe URLs: whatever the input, raw HTML must
// come out as text.
func checkMarkup(t *testing.T, h []byte) {
	t.Helper()
	for _, m := range tagRe.FindAllSubmatch(h, -1) {
		if !allowedTags[string(m[2])] {
			t.Fatalf("unexpected element %q in %q", m[0], h)
		}
		if rest := attrRe.ReplaceAll(m[3], nil); len(bytes.TrimSpace(rest)) > 0 {
			t.Fatalf("unexpected attribute syntax %q in %q", m[0], h)
		}
		for _, a := range attrRe.FindAllSubmatch(m[3], -1) {
			name, val := string(a[1]), html.UnescapeString(string(a[2]))
			if !allowedAttrs[name] {
				t.Fatalf("unexpected attribute %q in %q", a[0], h)
			}
			if (name == "href" || name == "src") && unsafeDest(val) != "" {
				t.Fatalf("unsafe %s %q in %q", name, val, h)
			}
		}
	}
}

// checkLettered asserts that each lettered block follows its parent: the
// last numbered or lettered block one level up, whose anchor it extends.
func checkLettered(t *testing.T, src []byte, res Result) {
	t.Helper()
	var parents []string // parents[d] is the anchor of the open block at depth d
	for _, b := range res.Blocks {
		switch b.Kind {
		case Numbered:
			parents = append(parents[:0], b.ID)
		case Lettered:
			if b.Depth > len(parents) {
				t.Fatalf("block %s at depth %d has no parent in %q", b.ID, b.Depth, src)
			}
			parent := parents[b.Depth-1]
			if !strings.HasPrefix(b.ID, parent+"-"+b.Number) || len(b.Number) != 1 || b.Number[0] < 'a' || b.Number[0] > 'z' {
				t.Fatalf("block %s (letter %q) is not under %s in %q", b.ID, b.Number, parent, src)
			}
			parents = append(parents[:b.Depth], b.ID)
		}
	}
}

// TestPathologicalInputs runs inputs built to make a careless pass recurse
// deeply or go quadratic: they must convert with the same invariants.
func TestPathologicalInputs(t *testing.T) {
	inputs := map[string]string{
		"repeated numbers":     strings.Repeat("1. x\n", 5000),
		"repeated letters":     "1. x\n" + strings.Repeat("   a. y\n", 5000),
		"letters on one line":  "1. " + strings.Repeat("a. ", 5000) + "x\n",
		"hard breaks":          strings.Repeat("\\\n", 5000) + "x ?\n",
		"guillemets":           strings.Repeat("« ", 5000) + "\n",
		"deep quotes":          strings.Repeat(">", 2000) + " x\n",
		"deep bullets":         strings.Repeat("- ", 1000) + "x\n",
		"deep emphasis":        strings.Repeat("*", 5000) + "x" + strings.Repeat("*", 5000),
		"headings under items": strings.Repeat("1. x\n   # h\n   a. y\n", 1000),
	}
	for name, in := range inputs {
		for _, c := range fuzzConverters {
			// Past the nesting bound, so that the passes themselves meet
			// the deep trees (Convert refuses them).
			opts := Options{File: name, Lang: c.lang}
			checkResult(t, []byte(in), opts, c.convert(newState([]byte(in), opts)))
		}
	}
}
