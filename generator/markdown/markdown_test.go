package markdown

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

var anchorTests = []struct {
	name string
	in   string
	want []string // "ID Kind Depth"
}{
	{"empty", "", nil},
	{"paragraphs", "a\n\nb\n", []string{"s0-1 Text 0", "s0-2 Text 0"}},
	{"numbered", "1. a\n\n2. b\n", []string{"p1 Numbered 0", "p2 Numbered 0"}},
	{"start", "12. a\n13. b\n", []string{"p12 Numbered 0", "p13 Numbered 0"}},
	{"as written", "3. a\n\n3. b\n\n7. c\n", []string{"p3 Numbered 0", "p3-2 Numbered 0", "p7 Numbered 0"}},
	{"sections", "x\n\n# A\n\ny\n\nz\n\n## B\n\nw\n", []string{
		"s0-1 Text 0", "s1 Heading 0", "s1-1 Text 0", "s1-2 Text 0", "s2 Heading 0", "s2-1 Text 0"}},
	{"numbered do not count", "# A\n\n1. a\n\nx\n\n2. b\n\ny\n", []string{
		"s1 Heading 0", "p1 Numbered 0", "s1-1 Text 0", "p2 Numbered 0", "s1-2 Text 0"}},
	{"bullets", "- a\n- b\n\nc\n", []string{"s0-1 Bullet 0", "s0-2 Bullet 0", "s0-3 Text 0"}},
	{"lettered", "1. x\n\n   a. y\n\n   b. z\n", []string{"p1 Numbered 0", "p1-a Lettered 1", "p1-b Lettered 1"}},
	{"lettered under 11", "11. x\n\n    a. y\n", []string{"p11 Numbered 0", "p11-a Lettered 1"}},
	{"nested lettered", "50. x\n\n    c. y\n\n       a. z\n\n       i. w\n", []string{
		"p50 Numbered 0", "p50-c Lettered 1", "p50-c-a Lettered 2", "p50-c-i Lettered 2"}},
	{"back to depth 1", "1. x\n   a. y\n      a. z\n   b. w\n", []string{
		"p1 Numbered 0", "p1-a Lettered 1", "p1-a-a Lettered 2", "p1-b Lettered 1"}},
	{"top-level letter", "a. x\n", []string{"s0-1 Text 0"}},
	{"letter under bullet", "- x\n\n  a. y\n", []string{"s0-1 Bullet 0"}},
	{"letter not indented", "1. x\n\na. y\n", []string{"p1 Numbered 0", "s0-1 Text 0"}},
	{"duplicate letter", "1. x\n   a. y\n   a. z\n", []string{"p1 Numbered 0", "p1-a Lettered 1", "p1-a-2 Lettered 1"}},
	{"after letters", "1. x\n\n   a. y\n\n   z\n", []string{"p1 Numbered 0", "p1-a Lettered 1", "p1-cont Text 0"}},
	{"footnote only", "[^1]: x\n", nil},
	{"reference only", "[x]: /y\n", nil},
}

func TestAnchors(t *testing.T) {
	c := NewConverter("en")
	for _, tt := range anchorTests {
		var got []string
		for _, b := range c.Convert([]byte(tt.in), Options{}).Blocks {
			got = append(got, fmt.Sprintf("%s %s %d", b.ID, b.Kind, b.Depth))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: anchors(%q) = %q; want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

var letterMarkerTests = []struct {
	line string
	want string // "letter delim end", or "" if not a marker
}{
	{"a. x", "a . 2"},
	{"b) x", "b ) 2"},
	{"   z.\tx", "z . 5"},
	{"    a. x", ""}, // four spaces: indented code
	{"A. x", ""},
	{"a.x", ""},
	{"a.", ""},
	{"a. ", ""},
	{"a.  \n", ""},
	{"ab. x", ""},
	{"1. x", ""},
	{"é. x", ""},
	{"", ""},
}

func TestParseLetterMarker(t *testing.T) {
	for _, tt := range letterMarkerTests {
		got := ""
		if m, ok := parseLetterMarker([]byte(tt.line)); ok {
			got = fmt.Sprintf("%c %c %d", m.letter, m.delim, m.end)
		}
		if got != tt.want {
			t.Errorf("parseLetterMarker(%q) = %q; want %q", tt.line, got, tt.want)
		}
	}
}

var frenchTests = []struct {
	in, want string
}{
	{"a ; b", "a\u202f; b"},
	{"a ! b ? c", "a\u202f! b\u202f? c"},
	{"a : b", "a\u00a0: b"},
	{"a:b 10:30 http://x", "a:b 10:30 http://x"},
	{"Quoi ?!", "Quoi\u202f?!"},
	{"« a »", "«\u00a0a\u00a0»"},
	{"«a»", "«\u00a0a\u00a0»"},
	{"«\u00a0a\u00a0»", "«\u00a0a\u00a0»"},
	{"a\u202f;", "a\u202f;"},
	{"a  ;", "a \u202f;"},
	{"", ""},
	{"\xff ;", "\xff\u202f;"},
}

func TestFrenchText(t *testing.T) {
	for _, tt := range frenchTests {
		got, changed := frenchText(nil, []byte(tt.in), 0, 0)
		if string(got) != tt.want || changed != (tt.in != tt.want) {
			t.Errorf("frenchText(%q) = %q, %v; want %q", tt.in, got, changed, tt.want)
		}
	}
}

// TestConcurrent converts every case input from many goroutines with one
// Converter per language and checks each result against a sequential run.
// Run it with -race.
func TestConcurrent(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	var cases []testCase
	for _, f := range files {
		cases = append(cases, readCases(t, f)...)
	}
	conv := map[string]*Converter{"en": NewConverter("en"), "fr": NewConverter("fr")}
	want := make([]string, len(cases))
	for i, c := range cases {
		lang, opts := c.opts()
		want[i] = dump(conv[lang].Convert([]byte(c.input), opts), true)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, c := range cases {
				lang, opts := c.opts()
				if got := dump(conv[lang].Convert([]byte(c.input), opts), true); got != want[i] {
					t.Errorf("case %s: concurrent result differs:\n%s\nwant:\n%s", c.title, got, want[i])
				}
			}
		}()
	}
	wg.Wait()
}

func TestOptionsLangOverridesConverter(t *testing.T) {
	in := []byte("Quoi ?")
	en := NewConverter("en")
	if got := string(en.Convert(in, Options{Lang: "fr"}).Blocks[0].HTML); !strings.Contains(got, "\u202f?") {
		t.Errorf("Options.Lang fr on an en Converter: got %q, want French typography", got)
	}
	fr := NewConverter("fr")
	if got := string(fr.Convert(in, Options{Lang: "en"}).Blocks[0].HTML); strings.Contains(got, "\u202f") {
		t.Errorf("Options.Lang en on a fr Converter: got %q, want no typography", got)
	}
}

func TestInvalidUTF8(t *testing.T) {
	res := NewConverter("fr").Convert([]byte("ok\n\n1. bad \xff byte ?\n"), Options{File: "x.md", LineOffset: 2})
	if len(res.Problems) != 1 || res.Problems[0].Pos.Line != 5 {
		t.Fatalf("problems = %v; want one at line 5", res.Problems)
	}
	if got := string(res.Blocks[1].HTML); got != "<p>bad \uFFFD byte\u202f?</p>" {
		t.Errorf("HTML = %q", got)
	}
}
