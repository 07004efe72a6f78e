package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/concord-archive/concord/generator/build"
	"github.com/concord-archive/concord/generator/diag"
)

func checkCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var opts build.Options
	fs := newFlagSet("check", &opts, false, stderr)
	format := fs.String("format", "text", "output `format`: text, or github for GitHub Actions annotations")
	if !parse(fs, args) {
		return 2
	}
	_, problems := build.Load(opts)
	switch *format {
	case "github":
		printGitHub(stdout, problems)
	case "text":
		problems.Print(stdout)
	default:
		fmt.Fprintf(stderr, "concord check: unknown --format %q (use text or github)\n", *format)
		return 2
	}
	if problems.HasErrors() {
		fmt.Fprintf(stderr, "concord check: %d error(s)\n", countErrors(problems))
		return 1
	}
	return 0
}

// printGitHub writes GitHub Actions workflow commands, so CI marks each
// problem on its line in a pull request.
func printGitHub(w io.Writer, problems diag.List) {
	for _, p := range problems {
		level := "error"
		if p.Severity == diag.Warning {
			level = "warning"
		}
		msg := p.Msg
		if p.Hint != "" {
			msg += "; " + p.Hint
		}
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d::%s\n", level, ghEscape(p.Pos.File, true), max(p.Pos.Line, 1), max(p.Pos.Col, 1), ghEscape(msg, false))
	}
}

// ghEscape escapes a workflow command's property or message.
func ghEscape(s string, property bool) string {
	r := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	s = r.Replace(s)
	if property {
		s = strings.NewReplacer(":", "%3A", ",", "%2C").Replace(s)
	}
	return s
}

func countErrors(l diag.List) int {
	n := 0
	for _, p := range l {
		if p.Severity == diag.Error {
			n++
		}
	}
	return n
}
