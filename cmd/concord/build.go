package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/concord-archive/concord/generator/build"
)

func buildCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var opts build.Options
	fs := newFlagSet("build", &opts, false, stderr)
	fs.StringVar(&opts.Out, "out", "public", "output `folder`")
	fs.StringVar(&opts.BaseURL, "base-url", "", "publish under this `URL` instead of config.toml's base_url")
	if !parse(fs, args) {
		return 2
	}
	sum, problems := build.Build(ctx, opts)
	problems.Print(stderr)
	if problems.HasErrors() {
		fmt.Fprintf(stderr, "concord build: %d error(s); %s left unchanged\n", countErrors(problems), opts.Out)
		return 1
	}
	fmt.Fprintln(stdout, summary(sum, opts.Out))
	return 0
}

// summary is the one line a build prints: pages per language, files copied,
// what changed in the output and how long it took.
func summary(s build.Summary, out string) string {
	var langs []string
	for l := range s.Pages {
		if l != "" {
			langs = append(langs, l)
		}
	}
	slices.Sort(langs)
	var parts []string
	for _, l := range langs {
		parts = append(parts, fmt.Sprintf("%s %d", l, s.Pages[l]))
	}
	return fmt.Sprintf("built %s: pages %s, %d other files, %d files copied; %d written, %d unchanged, %d removed in %s",
		out, strings.Join(parts, ", "), s.Pages[""], s.Copied, s.Write.Written, s.Write.Unchanged, s.Write.Removed,
		s.Duration.Round(time.Millisecond))
}
