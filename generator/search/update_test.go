package search

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/concord-archive/concord/generator/content"
)

// TestUpdateMatchesBuild edits a generated site at random, a few files at a
// time, and checks after every edit that the index spliced from the last
// one is byte for byte the index built from scratch.
func TestUpdateMatchesBuild(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	fsys := fstest.MapFS{"config.toml": txtar(t, "../build/testdata/small.txt")["config.toml"]}
	const nDocs = 40
	for i := range nDocs {
		fsys[newsFile(i)] = &fstest.MapFile{Data: randomDoc(rng, i)}
	}
	parsed := map[string]*content.Doc{}
	prev := build(loadSiteCached(t, fsys, parsed), "en", analysisOf)
	for step := range 60 {
		edits := 1 + rng.IntN(3)
		for range edits {
			i := rng.IntN(nDocs)
			fsys[newsFile(i)] = &fstest.MapFile{Data: randomDoc(rng, i)}
		}
		s := loadSiteCached(t, fsys, parsed)
		got := update(prev, s, "en", analysisOf)
		if n := changedDocs(prev, got); n == 0 || n > edits {
			t.Fatalf("step %d: %d documents analysed again for %d edits", step, n, edits)
		}
		want := build(s, "en", analyse)
		sameIndex(t, fmt.Sprintf("step %d", step), got, want)
		prev = got
	}
}

// changedDocs counts the documents whose analysis differs between two
// indexes: with few, update splices instead of building afresh.
func changedDocs(a, b *Index) int {
	n := 0
	for i := range a.docs {
		if a.docs[i] != b.docs[i] {
			n++
		}
	}
	return n
}

func newsFile(i int) string { return fmt.Sprintf("content/news/n%02d/en.md", i) }

// randomDoc writes a news item of a few paragraphs from a small vocabulary,
// with now and then a word no other file has, or no paragraph at all.
func randomDoc(rng *rand.Rand, i int) []byte {
	words := strings.Fields("city cities migrant migrants welcome housing rights school mayor mayors council living together declaration summit")
	var b strings.Builder
	fmt.Fprintf(&b, "+++\ntitle = \"News %d %s\"\noriginal = true\ndate = 2018-01-01\n+++\n", i, words[rng.IntN(len(words))])
	for p := range rng.IntN(5) {
		fmt.Fprintf(&b, "\n%d. ", p+1)
		for range 1 + rng.IntN(8) {
			b.WriteString(words[rng.IntN(len(words))] + " ")
		}
		if rng.IntN(4) == 0 {
			fmt.Fprintf(&b, "unique%d ", rng.IntN(1000))
		}
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// sameIndex compares every file of two indexes.
func sameIndex(t *testing.T, what string, got, want *Index) {
	t.Helper()
	if len(got.shards) != len(want.shards) || len(got.docs) != len(want.docs) {
		t.Fatalf("%s: %d shards and %d documents, want %d and %d", what, len(got.shards), len(got.docs), len(want.shards), len(want.docs))
	}
	names := []string{ManifestFile}
	for i := range want.shards {
		names = append(names, ShardFile(i))
	}
	for i := range want.docs {
		names = append(names, DocFile(i))
	}
	for _, name := range names {
		g, _ := got.File(name)
		w, _ := want.File(name)
		if !bytes.Equal(g, w) {
			t.Fatalf("%s: %s is\n%s\nwant\n%s", what, name, g, w)
		}
	}
}
