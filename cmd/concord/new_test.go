package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNew runs concord new in order against a copy of the repository's
// config and theme: each case may depend on the files the earlier ones
// created.
func TestNew(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"config.toml", "themes/default/archetypes/declaration.md", "themes/default/archetypes/news.md"} {
		data, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	created := filepath.Join(dir, "content", "declarations", "x", "fr.md")
	tests := []struct {
		args           []string
		code           int
		stdout, stderr string
	}{
		{[]string{"new"}, 2, "", "want a section and a slug"},
		{[]string{"new", "declaration"}, 2, "", "usage: concord new"},
		{[]string{"new", "declaration", "x", "y", "--source", dir}, 2, "", `got ["declaration" "x" "y"]`},
		{[]string{"new", "declaration", "x", "--drafts"}, 2, "", "flag provided but not defined: -drafts"},
		{[]string{"new", "declaration", "x", "--lang"}, 2, "", "flag needs an argument: -lang"},
		{[]string{"new", "declaration", "x", "--lang", "fr", "--source", dir}, 0, "created " + created + "\n", ""},
		{[]string{"new", "--source", dir, "--lang=fr", "declaration", "x"}, 1, "", "concord new: content/declarations/x/fr.md already exists; edit it, or choose another slug"},
		{[]string{"new", "--source", dir, "declaration", "x"}, 0, "translate its title and paragraphs in place", ""},
		{[]string{"new", "--source", dir, "--", "declaration", "Mechelen 2017"}, 1, "", `try "mechelen-2017"`},
		{[]string{"new", "--source", dir, "blog", "x"}, 1, "", `unknown section "blog"`},
		{[]string{"new", "--source", dir, "news", "x", "--lang", "de"}, 1, "", "en, fr"},
		{[]string{"new", "--source", dir, "page", "about"}, 1, "", "neither themes/default/archetypes/page.md nor"},
		{[]string{"new", "--source", filepath.Join(dir, "nowhere"), "news", "x"}, 1, "", "config.toml: cannot open the config"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), tt.args, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("run(%q) = %d\nstdout: %s\nstderr: %s\nwant %d, stdout with %q, stderr with %q",
				tt.args, code, stdout.String(), stderr.String(), tt.code, tt.stdout, tt.stderr)
		}
	}
}

func TestParseInterleaved(t *testing.T) {
	tests := []struct {
		args  []string
		words string
		lang  string
	}{
		{[]string{"declaration", "x", "--lang", "fr"}, "declaration x", "fr"},
		{[]string{"--lang=fr", "declaration", "x"}, "declaration x", "fr"},
		{[]string{"declaration", "-lang", "fr", "x"}, "declaration x", "fr"},
		{[]string{"--lang", "fr", "--", "declaration", "--x"}, "declaration --x", "fr"},
		{nil, "", ""},
	}
	for _, tt := range tests {
		var lang string
		fs := newFlagSetForTest(&lang)
		words, ok := parseInterleaved(fs, tt.args)
		if !ok || strings.Join(words, " ") != tt.words || lang != tt.lang {
			t.Errorf("parseInterleaved(%q) = %q, %v, lang %q; want %q, lang %q", tt.args, words, ok, lang, tt.words, tt.lang)
		}
	}
}

func newFlagSetForTest(lang *string) *flag.FlagSet {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.StringVar(lang, "lang", "", "")
	return fs
}
