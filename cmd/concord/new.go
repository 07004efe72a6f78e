package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/scaffold"
)

const newUsage = "usage: concord new declaration|event|news|page <slug> [--lang fr] [--source .] [--config config.toml]"

func newCmd(_ context.Context, args []string, stdout, stderr io.Writer) int {
	req := scaffold.Request{Today: time.Now()}
	fs := flag.NewFlagSet("concord new", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&req.Lang, "lang", "", "`language` of the new file (default: config.toml's default_language)")
	fs.StringVar(&req.Config, "config", "config.toml", "site configuration `file`, relative to --source")
	fs.StringVar(&req.Source, "source", ".", "repository `folder` holding config.toml, content/ and themes/")
	fs.Usage = func() {
		fmt.Fprintln(stderr, newUsage)
		fs.PrintDefaults()
	}
	words, ok := parseInterleaved(fs, args)
	if !ok {
		return 2
	}
	if len(words) != 2 {
		fmt.Fprintf(stderr, "concord new: want a section and a slug, got %q\n%s\n", words, newUsage)
		return 2
	}
	req.Section, req.Slug = words[0], words[1]
	res, problems := scaffold.New(req)
	printNewProblems(stderr, problems)
	if problems.HasErrors() {
		return 1
	}
	fmt.Fprintln(stdout, "created", filepath.Join(req.Source, filepath.FromSlash(res.Path)))
	if res.TranslationOf != "" {
		fmt.Fprintln(stdout, "translate its title and paragraphs in place, then preview it with: concord serve")
	} else {
		fmt.Fprintln(stdout, "write it, then preview it with: concord serve (it stays a draft until you remove draft = true)")
	}
	return 0
}

// parseInterleaved parses flags wherever they are among the positional
// words, so "concord new declaration x --lang fr" works: package flag stops
// at the first word that is not a flag. It returns the words in order.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, bool) {
	var words []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, false
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(words, rest...), true // everything after "--" is a word
		}
		if len(rest) == 0 {
			return words, true
		}
		words = append(words, rest[0])
		args = rest[1:]
	}
}

// printNewProblems prints each problem; one that concerns no file in
// particular (a wrong slug, an existing document) reads as the command's own
// message.
func printNewProblems(w io.Writer, problems diag.List) {
	for _, p := range problems {
		if p.Pos.File != "" {
			fmt.Fprintln(w, p.Error())
			continue
		}
		msg := p.Msg
		if p.Hint != "" {
			msg += "; " + p.Hint
		}
		fmt.Fprintln(w, "concord new:", msg)
	}
}
