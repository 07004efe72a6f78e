package sitetest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-archive/concord/internal/browsertest"
)

// citeState reads, after a paragraph's Cite link was followed, whether its
// citation is the targeted, shown, in-view one, its text, and how many
// other paragraph citations show (none should).
const citeState = `(id => {
	const el = document.getElementById(id);
	if (!el) return {found: false};
	const r = el.getBoundingClientRect();
	const others = [...document.querySelectorAll(".pcite")].filter(p => p !== el && p.getBoundingClientRect().height > 0).length;
	return {found: true, target: el.matches(":target"), shown: r.height > 0 && getComputedStyle(el).visibility === "visible",
		inView: r.top >= 0 && r.top < innerHeight, text: el.innerText, others};
})`

type citeResult struct {
	Found, Target, Shown, InView bool
	Text                         string
	Others                       int
}

// TestCiteParagraph follows a paragraph's Cite link with JavaScript off at
// phone width and on at desktop width: the page shows that paragraph's
// full citation, in view, and no other; axe finds nothing wrong with the
// page in that state.
func TestCiteParagraph(t *testing.T) {
	b, base := serve(t)
	tests := []struct {
		path, para, want string
	}{
		{"/en/declarations/mechelen-2017/", "p11-a", "Cite paragraph 11(a)\nGlobal Conference on Cities and Migration (2017). Mechelen Declaration on Cities and Migration, para.\u00a011(a). Adopted at Mechelen, 17 November 2017. Unofficial English translation. Cities and Migration Archive. https://archive.example.org/en/declarations/mechelen-2017/#p11-a"},
		{"/fr/declarations/mechelen-2017/", "p50-c-i", "§\u00a050(c)(i)"},
		{"/fr/declarations/dusseldorf-2019/", "s1-3", "https://archive.example.org/fr/declarations/dusseldorf-2019/#s1-3"},
	}
	var axe string
	if modules := toolsIfPresent(); modules != "" {
		data, err := os.ReadFile(filepath.Join(modules, "axe-core", "axe.min.js"))
		if err != nil {
			t.Fatal(err)
		}
		axe = string(data)
	}
	for _, noScript := range []bool{true, false} {
		// axe is a script itself: it runs on the page with JavaScript on.
		opts, runAxeHere := []browsertest.Option{browsertest.Width(browsertest.Desktop)}, axe != ""
		if noScript {
			opts, runAxeHere = []browsertest.Option{browsertest.Width(browsertest.Phone), browsertest.NoScript()}, false
		}
		p := b.Page(t, opts...)
		for _, tt := range tests {
			p.Go(base + tt.path)
			var href string
			p.Eval(`document.querySelector("#`+tt.para+` .cite-link").getAttribute("href")`, &href)
			if href != "#cite-"+tt.para {
				t.Fatalf("%s: paragraph %s's Cite link goes to %q", tt.path, tt.para, href)
			}
			p.Eval(`document.querySelector("#`+tt.para+` .cite-link").click(); true`, nil)
			var got citeResult
			p.Eval(citeState+`("cite-`+tt.para+`")`, &got)
			if !got.Found || !got.Target || !got.Shown || !got.InView || got.Others != 0 {
				t.Errorf("%s#cite-%s: %+v; want it targeted, shown in view, and no other", tt.path, tt.para, got)
			}
			if !strings.Contains(got.Text, tt.want) {
				t.Errorf("%s#cite-%s reads %q; want it to contain %q", tt.path, tt.para, got.Text, tt.want)
			}
			if runAxeHere {
				p.Eval(axe+";true", nil)
				var found []violation
				p.Eval(runAxe, &found)
				for _, v := range found {
					t.Errorf("%s#cite-%s: %s (%s): %s\n\t%s", tt.path, tt.para, v.ID, v.Impact, v.Help, strings.Join(v.Targets, "\n\t"))
				}
			}
		}
	}
}

// toolsIfPresent is tools/node_modules, or "" when npm ci has not run: the
// citation test runs without axe then, as its other checks need no npm.
func toolsIfPresent() string {
	dir := filepath.Join(root, "tools", "node_modules")
	if _, err := os.Stat(dir); err != nil {
		return ""
	}
	return dir
}
