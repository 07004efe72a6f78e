package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/concord-archive/concord/generator/build"
	"github.com/concord-archive/concord/generator/serve"
)

func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("concord serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts build.Options
	fs.StringVar(&opts.Config, "config", "config.toml", "site configuration `file`, relative to --source")
	fs.StringVar(&opts.Source, "source", ".", "repository `folder`")
	fs.BoolVar(&opts.Drafts, "drafts", true, "show documents marked draft = true")
	addr := fs.String("addr", "127.0.0.1:1313", "`address` to listen on; loopback unless you ask otherwise")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "concord serve: unexpected arguments %q\n", fs.Args())
		return 2
	}
	if err := serve.Run(ctx, opts, *addr, stdout); err != nil {
		fmt.Fprintln(stderr, "concord serve:", err)
		return 1
	}
	return 0
}
