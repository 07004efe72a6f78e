package build

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func buildSite(t *testing.T, src, out string, mutate func(*Options)) Summary {
	t.Helper()
	opts := Options{Source: src, Out: out}
	if mutate != nil {
		mutate(&opts)
	}
	sum, problems := Build(context.Background(), opts)
	if problems.HasErrors() {
		t.Fatalf("build problems:\n%v", problems)
	}
	return sum
}

// goldenPages are one page of every kind; their bytes are pinned in
// testdata/golden (go test ./generator/build -update rewrites them).
var goldenPages = []string{
	"index.html",
	"404.html",
	"robots.txt",
	"sitemap.xml",
	"en/index.html",
	"en/declarations/index.html",
	"en/declarations/alpha/index.html",
	"fr/declarations/alpha/index.html",
	"en/declarations/alpha/en-fr/index.html",
	"fr/declarations/alpha/fr-en/index.html",
	"en/declarations/beta/index.html",
	"fr/declarations/beta/index.html",
	"en/events/conf-2017/index.html",
	"fr/events/conf-2017/index.html",
	"fr/news/english-only/index.html",
	"en/timeline/index.html",
	"fr/timeline/index.html",
	"fr/timeline/2017/index.html",
	"en/tags/index.html",
	"en/tags/migration/index.html",
	"en/about/index.html",
	"fr/feed.xml",
	"en/declarations/alpha/cite.bib",
	"fr/declarations/alpha/cite.ris",
	"fr/declarations/alpha/cite.json",
	"en/declarations/beta/cite.bib",
	"fr/search/index.html",
}

func TestGolden(t *testing.T) {
	src := writeSite(t, "small.txt")
	out := filepath.Join(t.TempDir(), "public")
	buildSite(t, src, out, nil)
	for _, page := range goldenPages {
		got, err := os.ReadFile(filepath.Join(out, page))
		if err != nil {
			t.Errorf("page %s missing: %v", page, err)
			continue
		}
		golden := filepath.Join("testdata", "golden", strings.ReplaceAll(page, "/", "__"))
		if *update {
			os.MkdirAll(filepath.Dir(golden), 0o755)
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s; run go test ./generator/build -update and review the diff", page, golden)
		}
	}
}

func TestURLSet(t *testing.T) {
	src := writeSite(t, "small.txt")
	out := filepath.Join(t.TempDir(), "public")
	buildSite(t, src, out, nil)
	files := readTree(t, out)
	want := []string{
		"index.html", "404.html", "robots.txt", "sitemap.xml", "style.css", "favicon.ico",
		"en/index.html", "fr/index.html", "en/feed.xml", "fr/feed.xml",
		"en/declarations/index.html", "en/events/index.html", "en/news/index.html",
		"en/timeline/index.html", "fr/timeline/index.html", "en/tags/index.html", "fr/tags/living-together/index.html",
		"en/declarations/alpha/index.html", "fr/declarations/alpha/index.html",
		"en/declarations/alpha/en-fr/index.html", "fr/declarations/alpha/fr-en/index.html",
		"en/declarations/beta/original-en.pdf", "en/events/conf-2017/index.html",
		"en/news/english-only/index.html", "fr/news/english-only/index.html",
		"en/about/index.html", "fr/about/index.html",
	}
	for _, name := range want {
		if _, ok := files[name]; !ok {
			t.Errorf("output lacks %s", name)
		}
	}
	// Beta has no French text: no side-by-side pages, and a stub in French.
	for _, name := range []string{"en/declarations/beta/en-fr/index.html", "fr/declarations/beta/fr-en/index.html"} {
		if _, ok := files[name]; ok {
			t.Errorf("output has %s, but beta has no French text", name)
		}
	}
}

func TestDeterministic(t *testing.T) {
	src := writeSite(t, "small.txt")
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	buildSite(t, src, a, nil)
	buildSite(t, src, b, nil)
	fa, fb := readTree(t, a), readTree(t, b)
	if len(fa) != len(fb) {
		t.Fatalf("builds made %d and %d files", len(fa), len(fb))
	}
	for name, data := range fa {
		if !bytes.Equal(data, fb[name]) {
			t.Errorf("%s differs between two builds of the same input", name)
		}
	}
}

func TestRebuildWritesOnlyChanges(t *testing.T) {
	src := writeSite(t, "small.txt")
	out := filepath.Join(t.TempDir(), "public")
	first := buildSite(t, src, out, nil)
	second := buildSite(t, src, out, nil)
	if second.Write.Written != 0 || second.Write.Removed != 0 {
		t.Errorf("rebuild of unchanged input wrote %d and removed %d files; want 0, 0", second.Write.Written, second.Write.Removed)
	}
	if second.Write.Unchanged != first.Write.Written {
		t.Errorf("rebuild left %d files unchanged; want %d", second.Write.Unchanged, first.Write.Written)
	}
	// Removing a document removes its pages and nothing else.
	os.RemoveAll(filepath.Join(src, "content", "news", "english-only"))
	third := buildSite(t, src, out, nil)
	files := readTree(t, out)
	if _, ok := files["en/news/english-only/index.html"]; ok {
		t.Error("stale page en/news/english-only/ still in the output")
	}
	if third.Write.Removed != 3 {
		t.Errorf("removed %d files; want 3 (the news page, its French stub and the last English search entries file: they are numbered)", third.Write.Removed)
	}
}

func TestFailedBuildKeepsOutput(t *testing.T) {
	src := writeSite(t, "small.txt")
	out := filepath.Join(t.TempDir(), "public")
	buildSite(t, src, out, nil)
	before := readTree(t, out)

	broken := []struct{ file, data string }{
		{"content/declarations/alpha/en.md", "+++\ntitle = \"unclosed\n+++\n"},
		{"content/declarations/beta/en.md", "+++\ntitle = \"B\"\noriginal = true\ncites = [\"nowhere\"]\n+++\n"},
		{"themes/default/layouts/doc.html", `{{define "main"}}{{.NoSuchField}}{{end}}`},
	}
	for _, b := range broken {
		t.Run(b.file, func(t *testing.T) {
			path := filepath.Join(src, filepath.FromSlash(b.file))
			orig, _ := os.ReadFile(path)
			os.WriteFile(path, []byte(b.data), 0o644)
			defer os.WriteFile(path, orig, 0o644)
			_, problems := Build(context.Background(), Options{Source: src, Out: out})
			if !problems.HasErrors() {
				t.Fatal("build of broken input reported no error")
			}
			after := readTree(t, out)
			if len(after) != len(before) {
				t.Fatalf("output has %d files after a failed build; want %d", len(after), len(before))
			}
			for name, data := range before {
				if !bytes.Equal(after[name], data) {
					t.Errorf("failed build changed %s", name)
				}
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(out), ".public.concord-staging")); !os.IsNotExist(err) {
				t.Errorf("failed build left its staging folder behind")
			}
		})
	}
}

func TestBaseURLWithPath(t *testing.T) {
	src := writeSite(t, "small.txt")
	out := filepath.Join(t.TempDir(), "public")
	buildSite(t, src, out, func(o *Options) { o.BaseURL = "https://example.org/archive/" })
	page := string(readTree(t, out)["en/declarations/alpha/index.html"])
	for _, want := range []string{
		`href="/archive/style.css"`,
		`href="/archive/fr/declarations/alpha/"`,
		`href="/archive/en/declarations/beta/#p2"`,
		`<link rel="canonical" href="https://example.org/archive/en/declarations/alpha/">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	for _, line := range strings.Split(page, "\n") {
		if strings.Contains(line, `href="/`) && !strings.Contains(line, `href="/archive/`) {
			t.Errorf("link outside the base path: %s", strings.TrimSpace(line))
		}
	}
}

// TestRealContent builds the repository's own archive: it must build with
// no error and no warning, and have the pages readers bookmark.
func TestRealContent(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	sum, problems := Build(context.Background(), Options{Source: filepath.Join("..", ".."), Out: out})
	if len(problems) > 0 {
		t.Fatalf("the real content has problems:\n%v", problems)
	}
	files := readTree(t, out)
	for _, name := range []string{
		"index.html", "en/index.html", "fr/index.html", "sitemap.xml", "404.html", "robots.txt",
		"en/declarations/mechelen-2017/index.html", "fr/declarations/mechelen-2017/index.html",
		"en/declarations/mechelen-2017/en-fr/index.html", "fr/declarations/mechelen-2017/fr-en/index.html",
		"en/declarations/dusseldorf-2019/en-fr/index.html", "fr/declarations/dusseldorf-2019/fr-en/index.html",
		"en/events/mechelen-2017/index.html", "fr/events/dusseldorf-2019/index.html",
		"en/timeline/index.html", "fr/timeline/index.html", "en/feed.xml", "fr/feed.xml", "en/about/index.html",
	} {
		if _, ok := files[name]; !ok {
			t.Errorf("output lacks %s", name)
		}
	}
	langs := []string{}
	for l := range sum.Pages {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	t.Logf("pages per language %v: %v", langs, sum.Pages)
}
