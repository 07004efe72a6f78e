package search

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/concord-archive/concord/generator/config"
	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/site"
)

// loadSite reads, parses and assembles the site in fsys, failing the test
// on any error.
func loadSite(tb testing.TB, fsys fs.FS) *site.Site {
	tb.Helper()
	return loadSiteCached(tb, fsys, nil)
}

// loadSiteCached is loadSite reusing the parsed files of cache (by path and
// bytes) when their bytes are unchanged, as serve's parse cache does, and
// filling it.
func loadSiteCached(tb testing.TB, fsys fs.FS, cache map[string]*content.Doc) *site.Site {
	tb.Helper()
	f, err := fsys.Open("config.toml")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	cfg, problems := config.Parse(f, "config.toml")
	if problems.HasErrors() {
		tb.Fatal(problems)
	}
	files, problems := content.Read(fsys, cfg.Codes())
	if problems.HasErrors() {
		tb.Fatal(problems)
	}
	p := content.NewParser(cfg.BasePath(), cfg.Codes())
	var docs []*content.Doc
	var attachments []content.File
	for _, file := range files {
		if file.Lang == "" {
			attachments = append(attachments, file)
			continue
		}
		key := file.Path + "\x00" + string(file.Data)
		d := cache[key]
		if d == nil {
			var probs diag.List
			d, probs = p.Parse(file)
			if probs.HasErrors() {
				tb.Fatal(probs)
			}
			if cache != nil {
				cache[key] = d
			}
		}
		docs = append(docs, d)
	}
	s, problems := site.Build(cfg, docs, attachments, site.Options{})
	if problems.HasErrors() {
		tb.Fatal(problems)
	}
	return s
}

// txtar reads a fixture of "-- name --" sections, as the build tests
// write them, into a file system.
func txtar(tb testing.TB, name string) fstest.MapFS {
	tb.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	fsys := fstest.MapFS{}
	var file string
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if n, ok := strings.CutPrefix(strings.TrimSpace(line), "-- "); ok && strings.HasSuffix(n, " --") {
			file = strings.TrimSuffix(n, " --")
			fsys[file] = &fstest.MapFile{}
			continue
		}
		if file != "" {
			fsys[file].Data = append(fsys[file].Data, line...)
		}
	}
	return fsys
}
