// Package diag holds the diagnostics every stage of Concord reports: a
// position in an editor's file, a message, and a hint that says what to do.
//
// It is the leaf of the pipeline; every other stage imports it and it imports
// none of them. The shape follows go/scanner's ErrorList: stages collect all
// their problems in a List, sort it, and stop only once the stage is done, so
// an editor sees every mistake of a build at once.
package diag

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Pos is a place in a source file. Line and Col are 1-based; zero means
// unknown (a whole-file or whole-site problem).
type Pos struct {
	File string // slash-separated path relative to the source root, e.g. content/declarations/x/fr.md
	Line int
	Col  int
}

func (p Pos) String() string {
	s := p.File
	if s == "" {
		s = "-"
	}
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
		if p.Col > 0 {
			s += fmt.Sprintf(":%d", p.Col)
		}
	}
	return s
}

// Severity separates problems that stop a build from those that only warn.
type Severity int

const (
	Error Severity = iota
	Warning
)

// Problem is one diagnostic.
type Problem struct {
	Pos      Pos
	Severity Severity
	Msg      string // what is wrong, lower case, no trailing period
	Hint     string // what to do about it; may be empty
	Related  []Pos  // other places involved, such as the other language's file
}

// Error formats the problem as "file:line:col: message (hint)".
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.Pos.String())
	b.WriteString(": ")
	if p.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Msg)
	for _, r := range p.Related {
		b.WriteString(" (see ")
		b.WriteString(r.String())
		b.WriteString(")")
	}
	if p.Hint != "" {
		b.WriteString("; ")
		b.WriteString(p.Hint)
	}
	return b.String()
}

// List collects problems. The zero value is ready to use.
type List []Problem

// Add appends an error at pos.
func (l *List) Add(pos Pos, msg, hint string, related ...Pos) {
	*l = append(*l, Problem{Pos: pos, Msg: msg, Hint: hint, Related: related})
}

// Warn appends a warning at pos.
func (l *List) Warn(pos Pos, msg, hint string) {
	*l = append(*l, Problem{Pos: pos, Severity: Warning, Msg: msg, Hint: hint})
}

// Append adds every problem of other.
func (l *List) Append(other List) { *l = append(*l, other...) }

// Sort orders problems by file, line, column and message, so that output is
// the same whatever order parallel stages finished in.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return l[i].Msg < l[j].Msg
	})
}

// HasErrors reports whether any problem is an error rather than a warning.
func (l List) HasErrors() bool {
	for _, p := range l {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Err returns the list as an error if it holds any error, and nil otherwise.
func (l List) Err() error {
	if !l.HasErrors() {
		return nil
	}
	return l
}

// Error joins all problems, one per line.
func (l List) Error() string {
	lines := make([]string, len(l))
	for i, p := range l {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Print writes one line per problem to w.
func (l List) Print(w io.Writer) {
	for _, p := range l {
		fmt.Fprintln(w, p.Error())
	}
}
