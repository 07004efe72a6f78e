package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/concord-archive/concord/generator/search"
	"github.com/concord-archive/concord/internal/browsertest"
)

// TestSearchInBrowser builds the real archive, serves it on 127.0.0.1 and
// searches it in Chromium as a reader would: "deplaces", typed without
// accents, finds the paragraphs of the Mechelen declaration that say
// "déplacées" and "déplacements", with those words highlighted, and the
// first result opens the page at its paragraph. It does so with the site
// at the root and under a base path, whose URLs search.js takes from the
// page.
func TestSearchInBrowser(t *testing.T) {
	b := browsertest.New(t)
	for _, tt := range []struct{ name, baseURL, prefix string }{
		{"at the root", "", ""},
		{"under a base path", "https://archive.example.org/archive/", "/archive"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			base := serveArchive(t, tt.baseURL, tt.prefix)
			p := b.Page(t, browsertest.Width(browsertest.Phone))
			p.Go(base + "/fr/search/")
			typeInto(p, "#search-q", "deplaces")
			p.WaitFor("search results", `document.querySelectorAll("#search-results li").length > 0`)
			p.Screenshot("search-fr-" + strings.ReplaceAll(tt.name, " ", "-"))

			var first struct {
				Href   string
				Marked []string
				Status string
			}
			p.Eval(`(() => { const li = document.querySelector("#search-results li");
				return {href: li.querySelector("a").href, marked: [...li.querySelectorAll("mark")].map(m => m.textContent),
					status: document.getElementById("search-status").textContent}; })()`, &first)
			if len(first.Marked) == 0 {
				t.Fatalf("the first result highlights nothing")
			}
			for _, m := range first.Marked {
				if !strings.HasPrefix(search.Fold(m), "deplac") {
					t.Errorf("highlighted %q, which is not a form of déplacer", m)
				}
			}
			if !strings.ContainsAny(first.Status, "0123456789") {
				t.Errorf("status %q does not count the results", first.Status)
			}
			checkAxe(t, p)
			wantPage := tt.prefix + "/fr/declarations/mechelen-2017/"
			if !strings.Contains(first.Href, wantPage+"#p") {
				t.Fatalf("first result links to %s; want a paragraph of %s", first.Href, wantPage)
			}

			p.Eval(`document.querySelector("#search-results a").click()`, nil)
			p.WaitFor("the declaration at the paragraph", fmt.Sprintf(`location.pathname === %q && location.hash.startsWith("#p")`, wantPage))
			p.WaitFor("the paragraph in view", `(() => { const el = document.getElementById(location.hash.slice(1));
				if (!el) return false; const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()`)
			if probs := p.Problems(); len(probs) > 0 {
				t.Errorf("page problems: %v", probs)
			}
		})
	}
}

// TestSearchWithoutJavaScript opens the search page with JavaScript off:
// the form, which could do nothing, stays hidden, and the page says why
// and links to the lists and the timeline.
func TestSearchWithoutJavaScript(t *testing.T) {
	b := browsertest.New(t)
	base := serveArchive(t, "", "")
	for _, lang := range []string{"en", "fr"} {
		p := b.Page(t, browsertest.NoScript(), browsertest.Width(browsertest.Desktop))
		p.Go(base + "/" + lang + "/search/")
		p.Screenshot("search-noscript-" + lang)
		var got struct {
			FormShown bool
			Message   string
			Links     []string
		}
		p.Eval(`({formShown: document.querySelector("form.search-form").checkVisibility(),
			message: document.querySelector("main .notice")?.textContent ?? "",
			links: [...document.querySelectorAll(".search-browse a")].filter(a => a.checkVisibility()).map(a => a.pathname)})`, &got)
		if got.FormShown {
			t.Errorf("%s: the search form shows without JavaScript", lang)
		}
		if !strings.Contains(got.Message, "JavaScript") {
			t.Errorf("%s: message %q does not say search needs JavaScript", lang, got.Message)
		}
		for _, want := range []string{"/" + lang + "/declarations/", "/" + lang + "/timeline/"} {
			if !slices.Contains(got.Links, want) {
				t.Errorf("%s: no visible link to %s among %v", lang, want, got.Links)
			}
		}
	}
}

// checkAxe runs axe-core (tools/node_modules, as internal/sitetest does)
// over the page as it is, results shown, and fails on any WCAG 2.2 A or
// AA violation. Without the tools it checks nothing, unless
// CONCORD_BROWSER=1, as in CI, where that is a failure.
func checkAxe(t *testing.T, p *browsertest.Page) {
	t.Helper()
	script, err := os.ReadFile(filepath.Join("..", "..", "tools", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		if os.Getenv("CONCORD_BROWSER") == "1" {
			t.Fatalf("axe-core is missing; run npm ci in tools/ (.ci/run does): %v", err)
		}
		t.Logf("axe-core is missing; the results are not checked for accessibility: %v", err)
		return
	}
	p.Eval(string(script)+";true", nil)
	var violations []string
	p.Eval(`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}, resultTypes: ["violations"]})
		.then(r => r.violations.map(v => v.id + ": " + v.help + " at " + v.nodes.map(n => n.target.join(" ")).join(", ")))`, &violations)
	for _, v := range violations {
		t.Errorf("axe: %s", v)
	}
}

// serveArchive builds the repository's content with baseURL ("" for the
// config's) into a folder served on 127.0.0.1 under prefix, and returns the
// site's address: the server's with the prefix.
func serveArchive(t *testing.T, baseURL, prefix string) string {
	t.Helper()
	root := t.TempDir()
	out := filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(prefix, "/")))
	if _, problems := Build(context.Background(), Options{Source: filepath.Join("..", ".."), Out: out, BaseURL: baseURL}); problems.HasErrors() {
		t.Fatalf("building the archive:\n%v", problems)
	}
	return browsertest.ServeDir(t, root) + prefix
}

// typeInto types text into the field selector matches, a character at a
// time, with the input events a keyboard makes.
func typeInto(p *browsertest.Page, selector, text string) {
	for _, r := range text {
		p.Eval(fmt.Sprintf(`(() => { const el = document.querySelector(%q); el.focus(); el.value += %q;
			el.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertText", data: %q})); })()`,
			selector, string(r), string(r)), nil)
	}
}
