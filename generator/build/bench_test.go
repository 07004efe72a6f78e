package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/concord-archive/concord/generator/site"
)

// BenchmarkSessionEdit measures serve's rebuild after a one-paragraph edit,
// without the watcher: re-read, re-parse, graph, plan and the dependent
// pages. The site is CONCORD_BENCH_SITE (a generated archive, see
// cmd/concord-corpus), else the small test site. It edits a copy.
//
//	CONCORD_BENCH_SITE=/dev/shm/corpus go test ./generator/build -run '^$' -bench SessionEdit -cpuprofile cpu.prof
func BenchmarkSessionEdit(b *testing.B) {
	src := benchSite(b)
	file, rel := firstDeclaration(b, src)
	original, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	s := NewSession(Options{Source: src})
	if res := s.Update(context.Background(), nil); res.Problems.HasErrors() {
		b.Fatalf("problems: %v", res.Problems)
	}
	b.ResetTimer()
	for i := range b.N {
		edited := bytes.TrimRight(original, "\n")
		edited = append(edited[:len(edited):len(edited)], " Edit "+strconv.Itoa(i)+".\n"...)
		os.WriteFile(file, edited, 0o644)
		res := s.Update(context.Background(), []string{rel})
		if res.Problems.HasErrors() || len(res.Rendered) == 0 {
			b.Fatalf("rendered %d; problems: %v", len(res.Rendered), res.Problems)
		}
	}
}

// benchSite copies the benchmark's site into a temporary folder.
func benchSite(b *testing.B) string {
	src := os.Getenv("CONCORD_BENCH_SITE")
	if src == "" {
		return writeSite(b, "small.txt")
	}
	dir := b.TempDir()
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		b.Fatal(err)
	}
	return dir
}

func firstDeclaration(b *testing.B, dir string) (file, rel string) {
	entries, err := os.ReadDir(filepath.Join(dir, "content", "declarations"))
	if err != nil || len(entries) == 0 {
		b.Fatalf("no declarations in %s: %v", dir, err)
	}
	for _, lang := range []string{"en", "fr"} {
		rel = "content/declarations/" + entries[0].Name() + "/" + lang + ".md"
		if _, err := os.Stat(filepath.Join(dir, rel)); err == nil {
			return filepath.Join(dir, rel), rel
		}
	}
	b.Fatalf("no language file in %s", entries[0].Name())
	return "", ""
}

// BenchmarkGraph measures site.Build, which serve runs in full after every
// change, on parsed files.
func BenchmarkGraph(b *testing.B) {
	src := benchSite(b)
	l, problems := Load(Options{Source: src})
	if problems.HasErrors() {
		b.Fatalf("problems: %v", problems)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		site.Build(l.Config, l.Docs, l.Attachments, site.Options{})
	}
}
