// Concord builds the bilingual archive of city declarations: it turns the
// Markdown files under content/ into a static English/French website with
// side-by-side pages, paragraph links, citations and timelines.
//
// Usage:
//
//	concord build [--config config.toml] [--source .] [--out public] [--base-url URL] [--drafts]
//	concord check [--source .] [--format text|github] [--output public]
//	concord serve [--addr 127.0.0.1:1313]
//	concord new   declaration|event|news|page <slug> [--lang fr]
//
// Run it from the repository root. See the generator package for the
// content format and the pipeline.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// commands maps each subcommand to its function. Each parses its own flags.
var commands = map[string]func(ctx context.Context, args []string, stdout, stderr io.Writer) int{
	"build": buildCmd,
	"check": checkCmd,
	"serve": serveCmd,
	"new":   newCmd,
}

// run is main without the process: testable, and it returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		return 2
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "concord: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd(ctx, args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprint(w, `Concord builds the bilingual archive of city declarations.

Usage:
  concord build   [--config config.toml] [--source .] [--out public] [--base-url URL] [--drafts]
  concord check   [--source .] [--format text|github] [--output public]
  concord serve   [--addr 127.0.0.1:1313]
  concord new     declaration|event|news|page <slug> [--lang fr]

Run "concord <command> -h" for a command's flags.
`)
}
