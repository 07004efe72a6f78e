package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// today is the date every test scaffolds on.
var today = time.Date(2019, 8, 29, 15, 4, 5, 0, time.UTC)

const testConfig = `base_url = "https://x.org/"
default_language = "en"
theme = "default"

[[languages]]
code = "en"
name = "English"
title = "Archive"

[[languages]]
code = "fr"
name = "Français"
title = "Archive"
`

// An original with a per-language table and numbered paragraphs, for the
// translation cases.
const frOriginal = `+++
title = "Déclaration « test » \"quoted\""
summary = "Résumé."
original = true
date = 2017-11-17
place = "Malines"
tags = ["migration"]

[[references]]
title = "Nouveau Programme pour les villes"
url = "https://habitat3.org/the-new-urban-agenda/"
+++

Préambule.

1. Premier paragraphe ;

    a. sous-paragraphe.

2. Deuxième.
`

// writeTree writes files (slash paths) under a new temporary folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// archetypes returns the repository theme's archetypes as fixture files.
func archetypes(t *testing.T) map[string]string {
	t.Helper()
	files := map[string]string{"config.toml": testConfig}
	for _, word := range []string{"declaration", "event", "news", "page"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "themes", "default", "archetypes", word+".md"))
		if err != nil {
			t.Fatal(err)
		}
		files["themes/default/archetypes/"+word+".md"] = string(data)
	}
	return files
}

func with(base map[string]string, extra ...string) map[string]string {
	files := map[string]string{}
	for k, v := range base {
		files[k] = v
	}
	for i := 0; i+1 < len(extra); i += 2 {
		files[extra[i]] = extra[i+1]
	}
	return files
}

func TestNew(t *testing.T) {
	base := archetypes(t)
	tests := []struct {
		name          string
		files         map[string]string
		section, slug string
		lang          string
		path, of      string   // the result on success
		want, notWant []string // substrings of the new file
		err, hint     string   // the first problem on failure
	}{
		{name: "declaration", files: base, section: "declaration", slug: "mechelen-2017", lang: "fr",
			path: "content/declarations/mechelen-2017/fr.md",
			want: []string{`title = "Mechelen 2017"`, "original = true", "date = 2019-08-29", `event = ""`, "signatories = []", "cites = []", "# [[references]]", "\n1. ", "\n    a. "}},
		{name: "plural section, default language", files: base, section: "declarations", slug: "x",
			path: "content/declarations/x/en.md", want: []string{`title = "X"`}},
		{name: "event", files: base, section: "event", slug: "summit-2019", lang: "en",
			path: "content/events/summit-2019/en.md",
			want: []string{"date = 2019-08-29", "end = 2019-08-29", "organizers = []", "# [[milestones]]"}},
		{name: "news", files: base, section: "news", slug: "launch", lang: "en",
			path: "content/news/launch/en.md", want: []string{"date = 2019-08-29", `summary = ""`, "tags = []"}},
		{name: "page", files: base, section: "page", slug: "about", lang: "fr",
			path: "content/pages/about/fr.md", want: []string{`title = "About"`, "original = true"}, notWant: []string{"date"}},
		{name: "translation", files: with(base, "content/declarations/x/fr.md", frOriginal), section: "declaration", slug: "x", lang: "en",
			path: "content/declarations/x/en.md", of: "content/declarations/x/fr.md",
			want: []string{
				`title = "Déclaration « test » \"quoted\""`, `summary = "Résumé."`, `translation = "unofficial"`,
				"[[references]]\ntitle = \"Nouveau Programme pour les villes\"\nurl = ",
				"+++\n\nPréambule.\n\n1. Premier paragraphe ;\n\n    a. sous-paragraphe.\n\n2. Deuxième.\n",
			},
			notWant: []string{"\noriginal =", "\ndate =", "\nplace =", "\ntags =", "# [[references]]"}},
		{name: "folder with an attachment only", files: with(base, "content/news/y/report.pdf", "%PDF"), section: "news", slug: "y",
			path: "content/news/y/en.md", want: []string{"original = true"}},
		{name: "theme default archetype", files: with(map[string]string{"config.toml": testConfig}, "themes/default/archetypes/default.md", "+++\ntitle = \"{{.Title}}\" # {{.Section}} {{.Lang}}\n+++\n"),
			section: "page", slug: "about", path: "content/pages/about/en.md", want: []string{`title = "About" # pages en`}},

		{name: "existing file", files: with(base, "content/declarations/x/fr.md", frOriginal), section: "declaration", slug: "x", lang: "fr",
			err: "content/declarations/x/fr.md already exists", hint: "edit it, or choose another slug"},
		{name: "slug with space", files: base, section: "declaration", slug: "Mechelen 2017",
			err: `"Mechelen 2017" is not a valid slug`, hint: `try "mechelen-2017"`},
		{name: "slug with accent", files: base, section: "declaration", slug: "Düsseldorf_2019",
			err: "is not a valid slug", hint: `try "dusseldorf-2019"`},
		{name: "slug with nothing to keep", files: base, section: "declaration", slug: "--",
			err: "is not a valid slug", hint: "e.g. mechelen-2017"},
		{name: "unknown section", files: base, section: "blog", slug: "x",
			err: `unknown section "blog"`, hint: "declaration, event, news, page"},
		{name: "unknown language", files: base, section: "news", slug: "x", lang: "de",
			err: `language "de" is not configured`, hint: "config.toml: en, fr"},
		{name: "missing archetype", files: map[string]string{"config.toml": testConfig}, section: "event", slug: "x",
			err: "neither themes/default/archetypes/event.md nor themes/default/archetypes/default.md exists", hint: "add themes/default/archetypes/event.md"},
		{name: "broken archetype", files: with(base, "themes/default/archetypes/news.md", "{{.Titel}}"), section: "news", slug: "x",
			err: "archetype: ", hint: "{{.Title}}"},
		{name: "no original", files: with(base, "content/declarations/x/fr.md", "+++\ntitle = \"t\"\ntranslation = \"official\"\n+++\n"), section: "declaration", slug: "x",
			err: "no file of content/declarations/x/ is marked original = true", hint: "content/declarations/x/fr.md"},
		{name: "original unreadable", files: with(base, "content/declarations/x/fr.md", "+++\ntitle = \n+++\n"), section: "declaration", slug: "x",
			err: "content/declarations/x/fr.md:2:9: invalid TOML", hint: ""},
		{name: "missing config", files: map[string]string{}, section: "declaration", slug: "x",
			err: "cannot open the config", hint: "--source"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTree(t, tt.files)
			res, problems := New(Request{Source: dir, Section: tt.section, Slug: tt.slug, Lang: tt.lang, Today: today})
			if tt.path == "" {
				checkRefused(t, dir, tt.files, problems.Err(), tt.err, tt.hint)
				if len(problems) > 0 && !strings.Contains(problems[0].Hint, tt.hint) {
					t.Errorf("hint = %q; want it to contain %q", problems[0].Hint, tt.hint)
				}
				return
			}
			if problems.HasErrors() {
				t.Fatalf("New: %v", problems)
			}
			if res.Path != tt.path || res.TranslationOf != tt.of {
				t.Errorf("New = %+v; want path %q, translation of %q", res, tt.path, tt.of)
			}
			data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(tt.path)))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(data), w) {
					t.Errorf("new file lacks %q:\n%s", w, data)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(string(data), w) {
					t.Errorf("new file has %q:\n%s", w, data)
				}
			}
		})
	}
}

// checkRefused checks that New failed with the expected message and left
// the tree exactly as it was: same files, same bytes.
func checkRefused(t *testing.T, dir string, files map[string]string, err error, want, hint string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("New error = %v; want %q", err, want)
	}
	n := 0
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		rel, _ := filepath.Rel(dir, p)
		data, _ := os.ReadFile(p)
		if wantData, ok := files[filepath.ToSlash(rel)]; !ok || string(data) != wantData {
			t.Errorf("%s was created or changed", rel)
		}
		return nil
	})
	if n != len(files) {
		t.Errorf("%d files after a refused New; want %d", n, len(files))
	}
}

func TestCreateNeverOverwrites(t *testing.T) {
	dir := writeTree(t, map[string]string{"content/news/x/en.md": "mine"})
	if err := create(dir, "content/news/x/en.md", []byte("theirs")); !os.IsExist(err) {
		t.Errorf("create over an existing file: %v; want an fs.ErrExist error", err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "content/news/x/en.md")); string(data) != "mine" {
		t.Errorf("existing file now holds %q", data)
	}
}

func TestSuggestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Mechelen 2017":           "mechelen-2017",
		"Düsseldorf_2019":         "dusseldorf-2019",
		"  Sommet  --  Malines ":  "sommet-malines",
		"Œuvre Ĳssel Straße":      "oeuvre-ijssel-strasse",
		"ÉTÉ/été":                 "ete-ete",
		"東京":                      "",
		"":                        "",
		strings.Repeat("ab-", 60): strings.TrimSuffix(strings.Repeat("ab-", 33), "-"),
		strings.Repeat("x", 120):  strings.Repeat("x", 100),
	} {
		if got := SuggestSlug(in); got != want {
			t.Errorf("SuggestSlug(%q) = %q; want %q", in, got, want)
		}
	}
}
