package markdown

import (
	"strings"
	"testing"
)

func TestScanNesting(t *testing.T) {
	tests := []struct {
		name, src   string
		depth, line int
	}{
		{"text", "Nous, maires.\n", 0, 0},
		{"indented lists", "- a\n  - b\n    - c\n", 3, 0},
		{"markers on one line", "- - - x\n", 3, 0},
		{"thematic break", "- - -\n* * *\n", 0, 0},
		{"quotes", "> > > x\n>>>y\n", 3, 0},
		{"paragraphs", "1. a\n\n    a. b\n\n       i. c\n", 3, 0},
		{"letters outside a list are text", "a. b. c. d.\n", 0, 0},
		{"lazy line keeps the list open", "- a\nlazy\n  - b\n", 2, 0},
		{"text after a blank line closes it", "- a\n\ntext\n  - b\n", 1, 0},
		{"indented text after a blank line does not", "- a\n\n  text\n  - b\n", 2, 0},
		{"tabs", "-\tx\n\t- y\n", 2, 0},
		{"a year is a number", "2017. Mechelen\n", 1, 0},
		{"17 on one line", "intro\n\n" + strings.Repeat("- ", 17) + "x\n", 17, 3},
		{"20 by indentation", staircase(20), 20, 17},
		{"mixed", strings.Repeat("> - ", 10) + "x\n", 20, 1},
	}
	for _, tt := range tests {
		got := scanNesting([]byte(tt.src))
		if got.depth != tt.depth || got.line != tt.line {
			t.Errorf("%s: scanNesting(%q) = depth %d, line %d; want %d, %d", tt.name, tt.src, got.depth, got.line, tt.depth, tt.line)
		}
	}
}

// staircase is a list nested n levels deep, one item a line.
func staircase(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	return b.String()
}

// TestConvertRefusesDeepNesting checks that a body nested far too deep is
// reported on the line where it passes the bound, and not parsed.
func TestConvertRefusesDeepNesting(t *testing.T) {
	tests := []struct{ src, want string }{
		{"Intro.\n\n" + strings.Repeat("- ", 10000) + "x\n", "f.md:13: list nested 10000 levels deep; the archive allows 16"},
		{strings.Repeat(">", 10000) + " x\n", "f.md:11: block quote nested 10000 levels deep; the archive allows 16"},
		{strings.Repeat("> - ", 9) + "x\n", "f.md:11: lists and block quotes nested 18 levels deep; the archive allows 16"},
	}
	for _, tt := range tests {
		res := NewConverter("en").Convert([]byte(tt.src), Options{File: "f.md", LineOffset: 10})
		if !res.Refused || len(res.Blocks) != 0 || len(res.Problems) != 1 || !strings.HasPrefix(res.Problems[0].Error(), tt.want) {
			t.Errorf("Convert(%.20q…) = refused %v, %d blocks, %v; want refused with %q", tt.src, res.Refused, len(res.Blocks), res.Problems, tt.want)
		}
	}
	if res := NewConverter("en").Convert([]byte(staircase(MaxNesting)), Options{}); res.Refused || len(res.Problems) != 0 {
		t.Errorf("a list %d deep was refused: %v", MaxNesting, res.Problems)
	}
}
