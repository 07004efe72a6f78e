package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/site"
	"github.com/concord-archive/concord/generator/write"
	"github.com/concord-archive/concord/internal/corpus"
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

// benchSite copies the benchmark's site into a temporary folder: the
// folder CONCORD_BENCH_SITE names, else a generated archive of
// CONCORD_BENCH_N declarations (default 100, small enough for any machine).
func benchSite(b *testing.B) string {
	dir := b.TempDir()
	if src := os.Getenv("CONCORD_BENCH_SITE"); src != "" {
		if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
			b.Fatal(err)
		}
		return dir
	}
	n := 100
	if s := os.Getenv("CONCORD_BENCH_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	theme, _ := filepath.Abs(filepath.Join("..", "..", "themes", "default"))
	if _, err := corpus.Write(dir, corpus.New(n, 1), corpus.Concord{Theme: theme}); err != nil {
		b.Fatal(err)
	}
	return dir
}

// The stage benchmarks below run one stage of a build over the benchmark
// site, with the stages before it done once outside the timer:
//
//	go test ./generator/build -run '^$' -bench 'Read|Parse|Graph|Render|Write|Build' -benchmem
//	CONCORD_BENCH_N=1000 go test ./generator/build -run '^$' -bench Build -benchmem -cpuprofile cpu.prof -memprofile mem.prof

func BenchmarkRead(b *testing.B) {
	fsys := os.DirFS(benchSite(b))
	b.ReportAllocs()
	for b.Loop() {
		if _, problems := content.Read(fsys, []string{"en", "fr"}); problems.HasErrors() {
			b.Fatal(problems)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	src := benchSite(b)
	l, _ := Load(Options{Source: src})
	var sources []content.File
	for _, f := range l.Files {
		if f.Lang != "" {
			sources = append(sources, f)
		}
	}
	p := content.NewParser(l.Config.BasePath(), l.Config.Codes())
	b.ReportAllocs()
	for b.Loop() {
		parseAll(p, sources)
	}
}

func BenchmarkRender(b *testing.B) {
	l := loaded(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, problems := Render(context.Background(), discard{}, l); problems.HasErrors() {
			b.Fatal(problems)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	l := loaded(b)
	mem := memory{}
	Render(context.Background(), mem, l)
	out := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	for b.Loop() {
		os.RemoveAll(out)
		stage, err := write.NewStage(out)
		if err != nil {
			b.Fatal(err)
		}
		for name, data := range mem {
			if err := stage.Put(name, data); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := stage.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuild is concord build end to end, into a new output folder.
func BenchmarkBuild(b *testing.B) {
	src := benchSite(b)
	out := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	for b.Loop() {
		os.RemoveAll(out)
		if _, problems := Build(context.Background(), Options{Source: src, Out: out}); problems.HasErrors() {
			b.Fatal(problems)
		}
	}
}

func loaded(b *testing.B) *Loaded {
	l, problems := Load(Options{Source: benchSite(b)})
	if problems.HasErrors() {
		b.Fatal(problems)
	}
	return l
}

type discard struct{}

func (discard) Put(string, []byte) error { return nil }

type memory map[string][]byte

func (m memory) Put(name string, data []byte) error { m[name] = data; return nil }

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
