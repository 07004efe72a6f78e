package scaffold_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/concord-archive/concord/generator/build"
	"github.com/concord-archive/concord/generator/scaffold"
)

var today = time.Date(2019, 8, 29, 0, 0, 0, 0, time.UTC)

// realSite makes a temporary copy of the repository's config.toml and
// themes/ with an empty content folder, plus the given files of the
// repository's content.
func realSite(t *testing.T, content ...string) string {
	t.Helper()
	repo := filepath.Join("..", "..")
	dir := t.TempDir()
	copyFile(t, filepath.Join(repo, "config.toml"), filepath.Join(dir, "config.toml"))
	err := filepath.WalkDir(filepath.Join(repo, "themes"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(repo, p)
		copyFile(t, p, filepath.Join(dir, rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range content {
		copyFile(t, filepath.Join(repo, filepath.FromSlash(name)), filepath.Join(dir, filepath.FromSlash(name)))
	}
	return dir
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustNew(t *testing.T, dir, section, slug, lang string) scaffold.Result {
	t.Helper()
	res, problems := scaffold.New(scaffold.Request{Source: dir, Section: section, Slug: slug, Lang: lang, Today: today})
	if len(problems) > 0 {
		t.Fatalf("new %s %s --lang %s: %v", section, slug, lang, problems)
	}
	return res
}

// checkClean loads the site, drafts included so that the cross-file checks
// see the new documents, and fails on any problem, warning or error.
func checkClean(t *testing.T, dir string) {
	t.Helper()
	for _, drafts := range []bool{true, false} {
		_, problems := build.Load(build.Options{Source: dir, Drafts: drafts})
		if len(problems) > 0 {
			t.Errorf("build.Load(drafts %v) of the scaffolded site:\n%v", drafts, problems)
		}
	}
}

// TestScaffoldedSiteBuilds is the archetypes' contract: a document of each
// section, and a translation of each, build with no error and no warning
// against the real theme, and render.
func TestScaffoldedSiteBuilds(t *testing.T) {
	dir := realSite(t)
	for _, section := range []string{"declaration", "event", "news", "page"} {
		mustNew(t, dir, section, "new-"+section, "en")
		mustNew(t, dir, section, "new-"+section, "fr")
	}
	checkClean(t, dir)
	out := filepath.Join(t.TempDir(), "public")
	if _, problems := build.Build(context.Background(), build.Options{Source: dir, Out: out, Drafts: true}); len(problems) > 0 {
		t.Errorf("build.Build of the scaffolded site:\n%v", problems)
	}
	if _, err := os.Stat(filepath.Join(out, "fr", "declarations", "new-declaration", "fr-en", "index.html")); err != nil {
		t.Errorf("no side-by-side page for the scaffolded declaration: %v", err)
	}
}

// TestTranslationOfRealDeclaration scaffolds an English translation next to
// the real French original of the Mechelen Declaration, with its numbered
// and lettered paragraphs: the copy must align with it paragraph for
// paragraph.
func TestTranslationOfRealDeclaration(t *testing.T) {
	dir := realSite(t, "content/declarations/mechelen-2017/fr.md")
	mustNew(t, dir, "event", "mechelen-2017", "fr") // the declaration's event = "mechelen-2017"
	res := mustNew(t, dir, "declaration", "mechelen-2017", "en")
	if res.TranslationOf != "content/declarations/mechelen-2017/fr.md" {
		t.Errorf("TranslationOf = %q; want the French original", res.TranslationOf)
	}
	_, problems := build.Load(build.Options{Source: dir, Drafts: true})
	if len(problems) > 0 {
		t.Errorf("build.Load after scaffolding the translation:\n%v", problems)
	}
}

// TestTranslationOfEventWithMilestones checks that a translated event keeps
// its milestones' dates, ends and sources, which must match entry by entry.
func TestTranslationOfEventWithMilestones(t *testing.T) {
	dir := realSite(t)
	original := `+++
title = "Sommet"
original = true
date = 2019-08-28
end = 2019-08-29
place = "Düsseldorf"

[[milestones]]
date = "2016-06"
title = "Lancement de l’Observatoire"
place = "Montréal"

[[milestones]]
date = 2018-12-10
end = 2018-12-11
title = "Adoption du Pacte mondial"
place = "Marrakech"
source = "https://example.org/pacte"
+++

Le sommet.
`
	if err := os.MkdirAll(filepath.Join(dir, "content", "events", "summit"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "events", "summit", "fr.md"), []byte(original), 0o644); err != nil {
		t.Fatal(err)
	}
	mustNew(t, dir, "events", "summit", "en")
	checkClean(t, dir)
}
