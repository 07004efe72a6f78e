package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/concord-archive/concord/generator/build"
	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/site"
)

func checkCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var opts build.Options
	fs := newFlagSet("check", &opts, false, stderr)
	format := fs.String("format", "text", "output `format`: text, or github for GitHub Actions annotations")
	output := fs.String("output", "", "also check every internal link and #fragment of this built `folder`")
	fs.StringVar(&opts.BaseURL, "base-url", "", "the `URL` the output was built for, if not config.toml's base_url")
	if !parse(fs, args) {
		return 2
	}
	if *format != "text" && *format != "github" {
		fmt.Fprintf(stderr, "concord check: unknown --format %q (use text or github)\n", *format)
		return 2
	}
	l, problems := build.Load(opts)
	if l != nil && !problems.HasErrors() {
		// Render too, into nothing: a template that fails only when it
		// runs is as much a mistake as one that does not parse.
		_, probs := build.Render(ctx, &discard{seen: map[string]bool{}}, l)
		problems.Append(probs)
		problems.Sort()
	}
	// The translation report counts the published documents; while there
	// are errors, some files are left out and the counts would mislead.
	var report []string
	if !problems.HasErrors() {
		report = coverageReport(l.Site.Coverage())
	}
	if *format == "github" {
		printGitHub(stdout, problems)
		for _, line := range report {
			fmt.Fprintf(stdout, "::notice::%s\n", ghEscape(strings.TrimSpace(line), false))
		}
	} else {
		problems.Print(stdout)
		for _, line := range report {
			fmt.Fprintln(stdout, line)
		}
	}
	failed := problems.HasErrors()
	if *output != "" && !checkOutput(l, *output, *format, stdout, stderr) {
		failed = true
	}
	if problems.HasErrors() {
		fmt.Fprintf(stderr, "concord check: %d error(s)\n", countErrors(problems))
	}
	if failed {
		return 1
	}
	return 0
}

// discard is where check renders: it keeps nothing but, like the build's
// output stage, refuses a second file of the same name, so check finds the
// collisions a build would refuse.
type discard struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (d *discard) Put(name string, _ []byte) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen[name] {
		return fmt.Errorf("two outputs want to write %s", name)
	}
	d.seen[name] = true
	return nil
}

// coverageReport is the translation summary printed after the problems:
// how many documents each language has, the document folders lacking a
// language, and the unofficial translations readers are warned about.
func coverageReport(c site.Coverage) []string {
	counts := make([]string, len(c.Langs))
	for i, lang := range c.Langs {
		counts[i] = fmt.Sprintf("%s %d of %d", lang, c.Have[lang], c.Docs)
	}
	lines := []string{"translations: " + strings.Join(counts, ", ") + " documents"}
	for _, lang := range c.Langs {
		for _, d := range c.Missing[lang] {
			lines = append(lines, fmt.Sprintf("  no %s.md: %s", lang, d.Folder()))
		}
	}
	for _, f := range c.Unofficial {
		lines = append(lines, "  unofficial: "+f.Path)
	}
	return lines
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
		for _, r := range p.Related {
			msg += " (see " + r.String() + ")"
		}
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
