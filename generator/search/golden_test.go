package search

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var rewrite = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden pins every index file of the small test site, in both
// languages (go test ./generator/search -update rewrites it).
func TestGolden(t *testing.T) {
	s := loadSite(t, txtar(t, "../build/testdata/small.txt"))
	var got bytes.Buffer
	for _, lang := range s.Config.Codes() {
		ix := build(s, lang, analyse)
		docs, shards := Layout(s, lang)
		names := []string{ManifestFile}
		for i := range shards {
			names = append(names, ShardFile(i))
		}
		for i := range docs {
			names = append(names, DocFile(i))
		}
		for _, name := range names {
			data, ok := ix.File(name)
			if !ok {
				t.Fatalf("%s: no file %s", lang, name)
			}
			got.WriteString("-- " + lang + "/" + name + " --\n")
			got.Write(data)
			got.WriteString("\n")
		}
	}
	golden := filepath.Join("testdata", "small.golden")
	if *rewrite {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./generator/search -update to create it)", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("the index differs from %s; run go test ./generator/search -update and review the diff:\n%s", golden, got.Bytes())
	}
}
