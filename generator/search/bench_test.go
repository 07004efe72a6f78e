package search

import (
	"bytes"
	"io/fs"
	"os"
	"testing"
	"testing/fstest"

	"github.com/concord-archive/concord/generator/content"
)

// BenchmarkIndexEdit measures what serve pays for the index after an edit
// of one paragraph: both languages' indexes of the edited site, from the
// last ones. The site is CONCORD_BENCH_SITE (a generated archive, see
// cmd/concord-corpus), else the small test site.
//
//	CONCORD_BENCH_SITE=/dev/shm/corpus go test ./generator/search -run '^$' -bench Index
func BenchmarkIndexEdit(b *testing.B) {
	fsys := benchFS(b)
	parsed := map[string]*content.Doc{}
	s := loadSiteCached(b, fsys, parsed)
	langs := s.Config.Codes()
	prev := map[string]*Index{}
	for _, lang := range langs {
		prev[lang] = build(s, lang, analysisOf)
	}
	file := firstFile(b, fsys, langs[0])
	original := bytes.Clone(fsys[file].Data)
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		edited := original
		if i%2 == 0 {
			edited = append(bytes.TrimRight(original, "\n"), " Edited here.\n"...)
		}
		fsys[file] = &fstest.MapFile{Data: edited}
		s := loadSiteCached(b, fsys, parsed)
		b.StartTimer()
		for _, lang := range langs {
			prev[lang] = update(prev[lang], s, lang, analysisOf)
		}
	}
}

// BenchmarkIndexBuild measures a full build's index: every file analysed.
func BenchmarkIndexBuild(b *testing.B) {
	s := loadSite(b, benchFS(b))
	b.ResetTimer()
	for range b.N {
		for _, lang := range s.Config.Codes() {
			build(s, lang, analyse)
		}
	}
}

// benchFS reads the benchmark's site into memory.
func benchFS(b *testing.B) fstest.MapFS {
	dir := os.Getenv("CONCORD_BENCH_SITE")
	if dir == "" {
		return txtar(b, "../build/testdata/small.txt")
	}
	fsys := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(dir + "/" + p)
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return fsys
}

// firstFile is the first declaration's file in lang.
func firstFile(b *testing.B, fsys fstest.MapFS, lang string) string {
	matches, _ := fs.Glob(fsys, "content/declarations/*/"+lang+".md")
	if len(matches) == 0 {
		b.Fatal("no declaration in", lang)
	}
	return matches[0]
}
