package build

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSessionFirstUpdateMatchesBuild checks that serve's in-memory build
// makes exactly the files concord build writes.
func TestSessionFirstUpdateMatchesBuild(t *testing.T) {
	src := writeSite(t, "small.txt")
	out := filepath.Join(t.TempDir(), "public")
	buildSite(t, src, out, nil)

	res := NewSession(Options{Source: src}).Update(context.Background(), nil)
	if res.Problems.HasErrors() {
		t.Fatalf("problems:\n%v", res.Problems)
	}
	if !res.Full || len(res.Rendered) != res.Pages {
		t.Errorf("first update: full %v, rendered %d of %d pages; want a full build", res.Full, len(res.Rendered), res.Pages)
	}
	onDisk := readTree(t, out)
	if got, want := slices.Sorted(maps.Keys(res.Files)), slices.Sorted(maps.Keys(onDisk)); !slices.Equal(got, want) {
		t.Fatalf("files differ:\nsession %v\nbuild   %v", got, want)
	}
	for name, data := range onDisk {
		if !bytes.Equal(res.Files[name], data) {
			t.Errorf("%s: session bytes differ from build", name)
		}
	}
}

// TestSessionRendersOnlyDependents edits the small site step by step. Each
// step pins the pages re-rendered, and checks that the incremental output is
// byte-identical to a fresh full build of the same sources.
func TestSessionRendersOnlyDependents(t *testing.T) {
	src := writeSite(t, "small.txt")
	ctx := context.Background()
	s := NewSession(Options{Source: src})
	if res := s.Update(ctx, nil); res.Problems.HasErrors() {
		t.Fatalf("problems:\n%v", res.Problems)
	}
	alphaEN := "content/declarations/alpha/en.md"
	lists := []string{
		"index.html", "sitemap.xml",
		"en/index.html", "en/timeline/index.html", "en/tags/index.html", "en/feed.xml",
		"en/declarations/index.html", "en/events/index.html", "en/news/index.html",
		"fr/index.html", "fr/timeline/index.html", "fr/tags/index.html", "fr/feed.xml",
		"fr/declarations/index.html", "fr/events/index.html", "fr/news/index.html",
		// The timeline of each year with an entry (render.TimelineYears).
		"en/timeline/2016/index.html", "en/timeline/2017/index.html",
		"fr/timeline/2016/index.html", "fr/timeline/2017/index.html",
	}
	alphaPages := []string{
		"en/declarations/alpha/en-fr/index.html", "en/declarations/alpha/index.html",
		"fr/declarations/alpha/fr-en/index.html", "fr/declarations/alpha/index.html",
		// The search index: the manifest and shard hold every document's
		// text, and alpha's own entries are d0 in both languages.
		"en/search/index/manifest.json", "en/search/index/t0.json", "en/search/index/d0.json",
		"fr/search/index/manifest.json", "fr/search/index/t0.json", "fr/search/index/d0.json",
	}
	// searchDocs are the documents' search entries files, numbered by
	// position, so all of them follow a change of the set of documents.
	searchDocs := func(en, fr int) []string {
		var files []string
		for i := range en {
			files = append(files, fmt.Sprintf("en/search/index/d%d.json", i))
		}
		for i := range fr {
			files = append(files, fmt.Sprintf("fr/search/index/d%d.json", i))
		}
		return files
	}
	steps := []struct {
		name     string
		edit     func(t *testing.T)
		changed  []string // as the watcher reports them
		rendered []string // exactly these pages, plus lists when withLists
		lists    bool
		all      bool // every page
		same     bool // no output changes
		errors   bool
	}{
		{
			name:     "a paragraph edit re-renders the document's own pages only",
			edit:     func(t *testing.T) { replaceIn(t, src, alphaEN, "First paragraph;", "The first paragraph;") },
			changed:  []string{alphaEN},
			rendered: alphaPages,
		},
		{
			name:    "saving unchanged bytes renders nothing",
			edit:    func(t *testing.T) { replaceIn(t, src, alphaEN, "", "") },
			changed: []string{alphaEN},
		},
		{
			name: "a title edit reaches lists, citing documents, the event and tags",
			edit: func(t *testing.T) {
				replaceIn(t, src, "content/declarations/beta/en.md", `title = "Beta Declaration"`, `title = "Beta Declaration of Cities"`)
			},
			changed: []string{"content/declarations/beta/en.md"},
			rendered: append(append([]string{
				"en/declarations/beta/index.html", "fr/declarations/beta/index.html",
				"en/tags/migration/index.html", "fr/tags/migration/index.html",
				"en/tags/living-together/index.html", "fr/tags/living-together/index.html",
				// The citation downloads show the title.
				"en/declarations/beta/cite.bib", "en/declarations/beta/cite.json", "en/declarations/beta/cite.ris",
			}, alphaPages...), searchDocs(5, 3)...),
			lists: true,
		},
		{
			name: "a broken file keeps the last good output",
			edit: func(t *testing.T) {
				replaceIn(t, src, alphaEN, `translation = "unofficial"`, `translation = "unoficial`)
			},
			changed: []string{alphaEN},
			errors:  true,
		},
		{
			name: "fixing it renders what changed since the last good build",
			edit: func(t *testing.T) {
				replaceIn(t, src, alphaEN, `translation = "unoficial`, `translation = "unofficial"`)
			},
			changed:  []string{alphaEN},
			rendered: alphaPages, // parsed again, though the bytes are back to the last good ones
			same:     true,
		},
		{
			name: "a new translation replaces a stub and adds side-by-side pages",
			edit: func(t *testing.T) {
				writeFiles(t, src, map[string][]byte{"content/declarations/beta/fr.md": []byte("+++\ntitle = \"Déclaration Bêta\"\ntranslation = \"official\"\n+++\n" + body(t, src, "content/declarations/beta/en.md"))})
			},
			changed: []string{"content/declarations/beta/fr.md"},
			rendered: append(append([]string{
				"en/declarations/beta/index.html", "fr/declarations/beta/index.html",
				"en/declarations/beta/en-fr/index.html", "fr/declarations/beta/fr-en/index.html",
				"en/tags/migration/index.html", "fr/tags/migration/index.html",
				"en/tags/living-together/index.html", "fr/tags/living-together/index.html",
				"en/declarations/beta/cite.bib", "en/declarations/beta/cite.json", "en/declarations/beta/cite.ris",
				"fr/declarations/beta/cite.bib", "fr/declarations/beta/cite.json", "fr/declarations/beta/cite.ris",
			}, alphaPages...), searchDocs(5, 4)...),
			lists: true,
		},
		{
			name:     "deleting a document removes its pages and updates lists",
			edit:     func(t *testing.T) { removeAll(t, src, "content/news/english-only") },
			changed:  []string{"content/news/english-only"},
			rendered: append(searchDocs(4, 4), "en/search/index/manifest.json", "en/search/index/t0.json", "fr/search/index/manifest.json", "fr/search/index/t0.json"),
			lists:    true,
		},
		{
			name: "renaming a folder moves its pages",
			edit: func(t *testing.T) {
				if err := os.Rename(filepath.Join(src, "content/pages/about"), filepath.Join(src, "content/pages/colophon")); err != nil {
					t.Fatal(err)
				}
			},
			changed: []string{"content/pages/about", "content/pages/colophon"},
			all:     true, // the menu links to About, on every page
		},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			step.edit(t)
			res := s.Update(ctx, step.changed)
			if step.errors {
				if !res.Problems.HasErrors() || res.Files != nil {
					t.Fatalf("want errors and no files; got problems %v", res.Problems)
				}
				return
			}
			if res.Problems.HasErrors() {
				t.Fatalf("problems:\n%v", res.Problems)
			}
			want := slices.Clone(step.rendered)
			if step.lists {
				want = append(want, lists...)
			}
			slices.Sort(want)
			want = slices.Compact(want)
			if step.all {
				want = nil
				for _, p := range s.good.plan {
					want = append(want, p.File())
				}
				slices.Sort(want)
			}
			if res.Full || !slices.Equal(res.Rendered, want) {
				t.Errorf("rendered %d pages (full %v):\n  %s\nwant %d:\n  %s", len(res.Rendered), res.Full,
					strings.Join(res.Rendered, "\n  "), len(want), strings.Join(want, "\n  "))
			}
			if step.same && len(res.Changed) > 0 {
				t.Errorf("changed %v; want no change", res.Changed)
			}
			assertSameAsFullBuild(t, src, res.Files)
		})
	}
}

// TestSessionFullRebuilds checks that a change of the theme or the config
// rebuilds everything, and that a config error is reported and survived.
func TestSessionFullRebuilds(t *testing.T) {
	src := writeSite(t, "small.txt")
	ctx := context.Background()
	s := NewSession(Options{Source: src})
	first := s.Update(ctx, nil)
	replaceIn(t, src, "themes/default/layouts/doc.html", "</article>{{end}}", "<p>Edited.</p></article>{{end}}")
	res := s.Update(ctx, []string{"themes/default/layouts/doc.html"})
	if !res.Full || len(res.Rendered) != first.Pages || len(res.Changed) == 0 {
		t.Errorf("theme edit: full %v, rendered %d of %d, changed %d", res.Full, len(res.Rendered), first.Pages, len(res.Changed))
	}
	assertSameAsFullBuild(t, src, res.Files)

	replaceIn(t, src, "config.toml", "base_url", "base_ulr")
	if res := s.Update(ctx, []string{"config.toml"}); !res.Problems.HasErrors() {
		t.Fatal("a config typo built without error")
	}
	// A content edit while the config is broken still needs the config.
	replaceIn(t, src, "content/declarations/alpha/en.md", "First paragraph;", "The first paragraph;")
	if res := s.Update(ctx, []string{"content/declarations/alpha/en.md"}); !res.Problems.HasErrors() {
		t.Fatal("built with a broken config")
	}
	replaceIn(t, src, "config.toml", "base_ulr", "base_url")
	res = s.Update(ctx, []string{"config.toml"})
	if res.Problems.HasErrors() || !res.Full {
		t.Fatalf("after fixing the config: full %v, problems %v", res.Full, res.Problems)
	}
	assertSameAsFullBuild(t, src, res.Files)
}

func assertSameAsFullBuild(t *testing.T, src string, files map[string][]byte) {
	t.Helper()
	fresh := NewSession(Options{Source: src}).Update(context.Background(), nil)
	if fresh.Problems.HasErrors() {
		t.Fatalf("full build problems:\n%v", fresh.Problems)
	}
	if got, want := slices.Sorted(maps.Keys(files)), slices.Sorted(maps.Keys(fresh.Files)); !slices.Equal(got, want) {
		t.Fatalf("incremental files differ from a full build:\n  %v\nwant\n  %v", got, want)
	}
	for name, data := range fresh.Files {
		if !bytes.Equal(files[name], data) {
			t.Errorf("%s: incremental bytes differ from a full build", name)
		}
	}
}

func replaceIn(t *testing.T, dir, name, old, new string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s does not contain %q", name, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func body(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.SplitN(string(data), "+++\n", 3)
	return parts[2]
}

func removeAll(t *testing.T, dir, name string) {
	t.Helper()
	if err := os.RemoveAll(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
		t.Fatal(err)
	}
}
