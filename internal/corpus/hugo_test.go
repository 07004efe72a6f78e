package corpus

import (
	"bytes"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestHugoSite checks the Hugo form: the theme's templates, one leaf
// bundle file per language with title, date and tags, and links written
// as the target page's URL in the same language.
func TestHugoSite(t *testing.T) {
	dir, st := write(t, 30, 1, Hugo{})
	files := readAll(t, dir)
	for _, name := range []string{
		"hugo.toml",
		"themes/min/layouts/_default/baseof.html",
		"themes/min/layouts/_default/single.html",
		"themes/min/layouts/_default/list.html",
		"themes/min/layouts/_default/taxonomy.html",
		"themes/min/layouts/_default/term.html",
		"themes/min/layouts/index.html",
		"themes/min/layouts/404.html",
		"content/declarations/_index.fr.md",
	} {
		if files[name] == nil {
			t.Errorf("missing %s", name)
		}
	}
	var config struct{ DefaultContentLanguageInSubdir bool }
	if _, err := toml.Decode(string(files["hugo.toml"]), &config); err != nil || !config.DefaultContentLanguageInSubdir {
		t.Errorf("hugo.toml: %v, %+v", err, config)
	}
	bundles := 0
	link := regexp.MustCompile(`\]\(([^)]*)\)`)
	for name, data := range files {
		dir, file := path.Split(name)
		lang, ok := strings.CutPrefix(file, "index.")
		if !ok || !strings.HasPrefix(dir, "content/") {
			continue
		}
		lang = strings.TrimSuffix(lang, ".md")
		if lang == "en" {
			bundles++
		}
		parts := bytes.SplitN(data, []byte("+++\n"), 3)
		var front map[string]any
		md, err := toml.Decode(string(parts[1]), &front)
		if err != nil || front["title"] == "" {
			t.Errorf("%s: front matter %v, %v", name, err, front)
		}
		if !strings.HasPrefix(name, "content/pages/") && (!md.IsDefined("date") || !md.IsDefined("tags")) {
			t.Errorf("%s: no date or tags", name)
		}
		for _, m := range link.FindAllSubmatch(parts[2], -1) {
			if !strings.HasPrefix(string(m[1]), "/"+lang+"/") {
				t.Errorf("%s: link %s is not a /%s/ URL", name, m[1], lang)
			}
		}
	}
	if bundles != st.Total() {
		t.Errorf("%d English bundles, want %d", bundles, st.Total())
	}
}
