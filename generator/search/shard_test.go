package search

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// shardOf is where a query looks for term t, as search.js finds it: the
// last shard whose first term is not after t.
func shardOf(first []string, t string) int {
	i, found := slices.BinarySearch(first, t)
	if found {
		return i
	}
	return i - 1
}

// shardOfTests find terms in the shards starting at shardOfFirst;
// js_test.go runs them through search.js too.
var (
	shardOfFirst = []string{"", "bo", "de", "deplac", "m"}
	shardOfTests = []struct {
		term string
		want int
	}{
		{"a", 0}, {"bo", 1}, {"boa", 1}, {"cz", 1}, {"de", 2}, {"deb", 2}, {"deplac", 3}, {"deplacz", 3}, {"z", 4}, {"é", 4}, {"東京", 4},
	}
)

func TestShardOf(t *testing.T) {
	for _, tt := range shardOfTests {
		if got := shardOf(shardOfFirst, tt.term); got != tt.want {
			t.Errorf("shardOf(%q) = %d; want %d", tt.term, got, tt.want)
		}
	}
}

// TestShardsHoldTheirTerms builds an index of several shards and checks
// that each term is in the shard the manifest sends a query to, and that
// the shards are not far from equal in size.
func TestShardsHoldTheirTerms(t *testing.T) {
	ix := manyShards(t)
	var m struct {
		V string
		S []string
	}
	if err := json.Unmarshal(ix.manifest, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.S) < 4 || m.S[0] != "" || !slices.IsSorted(m.S) {
		t.Fatalf("manifest shards %q: want at least 4, sorted, from \"\"", m.S)
	}
	sizes := make([]int, len(m.S))
	for i := range m.S {
		var shard map[string][]int
		if err := json.Unmarshal(ix.shards[i], &shard); err != nil {
			t.Fatalf("shard %d: %v", i, err)
		}
		for term := range shard {
			if got := shardOf(m.S, term); got != i {
				t.Errorf("term %q is in shard %d; a query looks in %d", term, i, got)
			}
		}
		sizes[i] = len(ix.shards[i])
	}
	if lo, hi := slices.Min(sizes), slices.Max(sizes); hi > 3*lo {
		t.Errorf("shard sizes %v: the largest is over three times the smallest", sizes)
	}
	for i := len(m.S); i < len(ix.shards); i++ {
		if string(ix.shards[i]) != "{}" {
			t.Errorf("unlisted shard %d is %s; want {}", i, ix.shards[i])
		}
	}
}

// manyShards builds the index of a site of some thirty documents of
// invented words, long enough for several shards.
func manyShards(t *testing.T) *Index {
	t.Helper()
	rng := rand.New(rand.NewPCG(3, 4))
	syllables := strings.Fields("de pla ce ment s at ion in te gra vil le nat e ab x")
	fsys := fstest.MapFS{"config.toml": txtar(t, "../build/testdata/small.txt")["config.toml"]}
	for i := range 30 {
		var b strings.Builder
		fmt.Fprintf(&b, "+++\ntitle = \"News %d\"\noriginal = true\ndate = 2018-01-01\n+++\n", i)
		for p := range 80 {
			fmt.Fprintf(&b, "\n%d. w%d", p+1, rng.IntN(3000))
			for range 3 {
				b.WriteString(" ")
				for range 1 + rng.IntN(4) {
					b.WriteString(syllables[rng.IntN(len(syllables))])
				}
			}
			b.WriteString("\n")
		}
		fsys[newsFile(i)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	return build(loadSite(t, fsys), "en", analyse)
}
