package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/concord-archive/concord/generator/build"
)

// newFlagSet returns the flag set of a subcommand with the flags every
// subcommand shares: where the sources are, and whether drafts count.
func newFlagSet(name string, opts *build.Options, drafts bool, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("concord "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&opts.Config, "config", "config.toml", "site configuration `file`, relative to --source")
	fs.StringVar(&opts.Source, "source", ".", "repository `folder` holding config.toml, content/, themes/ and static/")
	fs.BoolVar(&opts.Drafts, "drafts", drafts, "include documents marked draft = true")
	return fs
}

// parse parses args and refuses leftover arguments, which are always a
// mistake (a flag after a positional word, a typo'd flag without its dash).
func parse(fs *flag.FlagSet, args []string) bool {
	if err := fs.Parse(args); err != nil {
		return false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "%s: unexpected arguments %q\n", fs.Name(), fs.Args())
		return false
	}
	return true
}
