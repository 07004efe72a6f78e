// Concord-corpus generates a large synthetic archive for benchmarks and
// latency measurements: n declarations in English and French, n/20 events
// with milestones, n/10 news items and an about page. The same n and seed
// give byte-identical files on every machine.
//
// Usage:
//
//	concord-corpus -n 5000 -out DIR [-seed 1] [-format concord|hugo] [-theme themes/default] [-force]
//
// With -format concord (the default), DIR is a Concord site root: build it
// with go run ./cmd/concord build --source DIR --out DIR2. With -format
// hugo, DIR is the same archive as a Hugo site (see internal/corpus).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/concord-archive/concord/internal/corpus"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is main without the process, so tests can call it.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("concord-corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1000, "number of declarations")
	seed := fs.Uint64("seed", 1, "random seed; the same n and seed give the same files")
	out := fs.String("out", "", "output `folder` (new or empty)")
	format := fs.String("format", "concord", "site `format`: concord or hugo")
	theme := fs.String("theme", "themes/default", "Concord theme `folder` to copy (format concord)")
	force := fs.Bool("force", false, "write into a non-empty folder, overwriting files of the same name")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *n < 1 {
		fmt.Fprintln(stderr, "concord-corpus: want -n >= 1 and no arguments besides flags")
		fs.Usage()
		return 2
	}
	var f corpus.Format
	switch *format {
	case "concord":
		f = corpus.Concord{Theme: *theme}
	case "hugo":
		f = corpus.Hugo{}
	default:
		fmt.Fprintf(stderr, "concord-corpus: unknown -format %q (use concord or hugo)\n", *format)
		return 2
	}
	if err := corpus.CheckOut(*out, *force); err != nil {
		fmt.Fprintln(stderr, "concord-corpus:", err)
		return 1
	}
	start := time.Now()
	st, err := corpus.Write(*out, corpus.New(*n, *seed), f)
	if err != nil {
		fmt.Fprintln(stderr, "concord-corpus:", err)
		return 1
	}
	fmt.Fprintf(stdout, "concord-corpus: %s site in %s (seed %d)\n", *format, *out, *seed)
	fmt.Fprintf(stdout, "  %d declarations, %d events, %d news items, %d page\n", st.Declarations, st.Events, st.News, st.Pages)
	fmt.Fprintf(stdout, "  %d files, %.1f MB, in %v\n", st.Files, float64(st.Bytes)/1e6, time.Since(start).Round(time.Millisecond))
	return 0
}
