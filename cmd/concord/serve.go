package main

import (
	"context"
	"fmt"
	"io"

	"github.com/concord-archive/concord/generator/build"
	"github.com/concord-archive/concord/generator/serve"
)

func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var opts build.Options
	// The preview shows drafts: editors preview what is not published yet.
	fs := newFlagSet("serve", &opts, true, stderr)
	addr := fs.String("addr", "127.0.0.1:1313", "`address` to listen on; loopback unless you ask otherwise")
	if !parse(fs, args) {
		return 2
	}
	if err := serve.Run(ctx, opts, *addr, stdout); err != nil {
		fmt.Fprintln(stderr, "concord serve:", err)
		return 1
	}
	return 0
}
