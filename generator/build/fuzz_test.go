package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzPipeline runs the whole pipeline on a one-document site whose file
// is the fuzzer's input: read, split, decode, convert, graph, render. It
// goes through a Session, as serve does, so that each input costs an
// incremental rebuild rather than a theme load. No input may panic, every
// problem must name a file, and a build without errors must publish the
// document as parseable HTML.
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"+++\ntitle = \"X\"\noriginal = true\ndate = 2017-11-17\n+++\n1. One.\n\n    a. Sub.\n",
		"+++\ntitle = \"X\"\noriginal = true\ncites = [\"x#p1\"]\n+++\n1. [Self](x#p1) and [out](https://example.org).\n",
		"+++\ntitle = \"<script>\"\noriginal = true\n+++\n<script>alert(1)</script>\n\n[^1]: Note.\n",
		"+++\ntitle = \"X\"\ntranslation = \"official\"\n+++\n",
		"---\ntitle: x\n---\n",
		"+++\n",
		"",
	} {
		f.Add([]byte(s))
	}
	src := f.TempDir()
	writeFiles(f, src, map[string][]byte{"config.toml": []byte("base_url = \"https://x.org/\"\n[[languages]]\ncode = \"en\"\nname = \"English\"\ntitle = \"T\"\n")})
	copyTree(f, filepath.Join("..", "..", "themes", "default"), filepath.Join(src, "themes", "default"))
	file := filepath.Join(src, "content", "declarations", "x", "en.md")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		f.Fatal(err)
	}
	s := NewSession(Options{Source: src, Drafts: true})
	if res := s.Update(context.Background(), nil); res.Problems.HasErrors() {
		f.Fatalf("empty site: %v", res.Problems)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		res := s.Update(context.Background(), []string{"content/declarations/x/en.md"})
		for _, p := range res.Problems {
			if p.Pos.File == "" {
				t.Fatalf("problem without a file: %v", p)
			}
		}
		if res.Problems.HasErrors() {
			return
		}
		page, ok := res.Files["en/declarations/x/index.html"]
		if !ok {
			t.Fatalf("built without errors but without the document's page; problems: %v", res.Problems)
		}
		if _, err := html.Parse(bytes.NewReader(page)); err != nil || !strings.Contains(string(page), "</html>") {
			t.Fatalf("the page does not parse: %v", err)
		}
	})
}
