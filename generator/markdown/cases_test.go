package markdown

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Case files follow goldmark's extension/_test/*.txt:
//
//	3: lettered sub-paragraphs
//	lang=fr offset=4 rewrite
//	//- - - - - - - - -//
//	Markdown input
//	//- - - - - - - - -//
//	expected dump (see dump)
//	//= = = = = = = = = = = = = = = = = = = = = = = =//
//
// The line after the title holds options and may be left out: lang (default
// "en"), offset (Options.LineOffset, default 0), rewrite (a RewriteLink
// that prefixes relative paths with "/en/") and text (dump Block.Text too). Run with -update to rewrite
// the expected dumps from the current output, then review the diff.

var update = flag.Bool("update", false, "rewrite the expected output of testdata/*.txt")

const (
	caseInputSep = "//- - - - - - - - -//"
	caseEndSep   = "//= = = = = = = = = = = = = = = = = = = = = = = =//"
)

type testCase struct {
	title    string
	options  string
	input    string
	expected string
}

func (c testCase) opts() (lang string, o Options) {
	lang = "en"
	o.File = "test.md"
	for _, f := range strings.Fields(c.options) {
		k, v, _ := strings.Cut(f, "=")
		switch k {
		case "lang":
			lang = v
		case "offset":
			o.LineOffset, _ = strconv.Atoi(v)
		case "rewrite":
			o.RewriteLink = func(d string) string {
				if strings.HasPrefix(d, "#") || strings.Contains(d, ":") {
					return d
				}
				return "/" + lang + "/" + d
			}
		}
	}
	o.Lang = lang
	return lang, o
}

// readCases parses a case file.
func readCases(t testing.TB, path string) []testCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []testCase
	for _, chunk := range strings.Split(string(data), caseEndSep+"\n") {
		if strings.TrimSpace(chunk) == "" {
			continue
		}
		head, rest, ok := strings.Cut(chunk, caseInputSep+"\n")
		input, expected, ok2 := strings.Cut(rest, caseInputSep+"\n")
		if !ok || !ok2 {
			t.Fatalf("%s: malformed case near %q", path, firstLine(chunk))
		}
		title, options, _ := strings.Cut(strings.TrimLeft(head, "\n"), "\n")
		cases = append(cases, testCase{title, strings.TrimSpace(options), input, expected})
	}
	return cases
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return l
}

func writeCases(t *testing.T, path string, cases []testCase) {
	var b strings.Builder
	for i, c := range cases {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(c.title + "\n")
		if c.options != "" {
			b.WriteString(c.options + "\n")
		}
		b.WriteString(caseInputSep + "\n" + c.input + caseInputSep + "\n" + c.expected + caseEndSep + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCases(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no case files in testdata")
	}
	for _, file := range files {
		cases := readCases(t, file)
		for i, c := range cases {
			lang, opts := c.opts()
			withText := strings.Contains(" "+c.options+" ", " text ")
			got := dump(NewConverter(lang).Convert([]byte(c.input), opts), withText)
			if *update {
				cases[i].expected = got
				continue
			}
			if got != c.expected {
				t.Errorf("%s: case %s\ninput:\n%s\ngot:\n%s\nwant:\n%s", file, c.title, c.input, got, c.expected)
			}
		}
		if *update {
			writeCases(t, file, cases)
		}
	}
}

// dump prints a Result compactly: one line per block ("ID Kind Number
// dDepth LLine[ hLevel]: HTML", further HTML lines indented), then the
// blocks' text if asked, footnotes, links and problems. No-break spaces are shown as [nbsp] and
// [nnbsp], since they are invisible in a file.
func dump(r Result, withText bool) string {
	var b strings.Builder
	for _, bl := range r.Blocks {
		num := bl.Number
		if num == "" {
			num = "-"
		}
		fmt.Fprintf(&b, "%s %s %s d%d L%d", bl.ID, bl.Kind, num, bl.Depth, bl.Line)
		if bl.Level > 0 {
			fmt.Fprintf(&b, " h%d", bl.Level)
		}
		b.WriteString(":")
		for i, line := range strings.Split(string(bl.HTML), "\n") {
			switch {
			case i > 0:
				b.WriteString("    " + line + "\n")
			case line != "":
				b.WriteString(" " + line + "\n")
			default:
				b.WriteString("\n")
			}
		}
	}
	if withText {
		b.WriteString("-- text\n")
		for _, bl := range r.Blocks {
			b.WriteString(strings.TrimSpace(bl.ID+": "+bl.Text) + "\n")
		}
	}
	if r.Footnotes != nil {
		b.WriteString("-- footnotes\n" + string(r.Footnotes) + "\n")
	}
	if len(r.Links) > 0 {
		b.WriteString("-- links\n")
		for _, l := range r.Links {
			fmt.Fprintf(&b, "L%d %s\n", l.Line, l.Dest)
		}
	}
	if len(r.Problems) > 0 {
		b.WriteString("-- problems\n" + r.Problems.Error() + "\n")
	}
	return visibleSpaces(b.String())
}

func visibleSpaces(s string) string {
	return strings.NewReplacer("\u00a0", "[nbsp]", "\u202f", "[nnbsp]").Replace(s)
}
