package sitetest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/concord-archive/concord/internal/browsertest"
)

// serve builds the archive and serves it to a new browser.
func serve(t *testing.T) (*browsertest.Browser, string) {
	t.Helper()
	dir, _ := archive(t)
	b := browsertest.New(t)
	return b, browsertest.ServeDir(t, dir)
}

// inView is true when the element with the id is highlighted as the target
// and its top is inside the window, below the side-by-side page's sticky
// column heads when there are some.
const inView = `(id => {
	const el = document.getElementById(id), head = document.querySelector(".row.head");
	if (!el || !el.matches(":target")) return false;
	const r = el.getBoundingClientRect(), below = head ? head.getBoundingClientRect().bottom - 1 : 0;
	return r.top >= below && r.top < innerHeight;
})`

// TestSwitcherKeepsParagraph: a reader at a paragraph who switches language
// lands on the same paragraph in the other language, highlighted and in
// view, whether they came by a link with the paragraph's anchor or
// followed a paragraph link on the page.
func TestSwitcherKeepsParagraph(t *testing.T) {
	b, base := serve(t)
	tests := []struct {
		name, open, follow, want string // follow: a link on the page to click first
	}{
		{"declaration", "/en/declarations/mechelen-2017/#p11", "", "/fr/declarations/mechelen-2017/#p11"},
		{"declaration, French first", "/fr/declarations/dusseldorf-2019/#s1-5", "", "/en/declarations/dusseldorf-2019/#s1-5"},
		{"after following a paragraph's number", "/en/declarations/mechelen-2017/", `a.pnum[href="#p11-b"]`, "/fr/declarations/mechelen-2017/#p11-b"},
		{"side by side", "/en/declarations/mechelen-2017/en-fr/#p11", "", "/fr/declarations/mechelen-2017/fr-en/#p11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := b.Page(t)
			p.Go(base + tt.open)
			if tt.follow != "" {
				p.Eval(`document.querySelector(`+jsString(tt.follow)+`).click()`, nil)
			}
			p.Eval(`document.querySelector(".lang-switch a[hreflang]").click()`, nil)
			wantPath, wantHash, _ := strings.Cut(tt.want, "#")
			p.WaitFor("the other language's page at #"+wantHash,
				`location.pathname === `+jsString(wantPath)+` && location.hash === "#`+wantHash+`" && document.readyState === "complete"`)
			p.WaitFor("#"+wantHash+" highlighted and in view", inView+`(`+jsString(wantHash)+`)`)
			if probs := p.Problems(); len(probs) > 0 {
				t.Errorf("page problems: %q", probs)
			}
		})
	}
}

// parallelPages are the side-by-side pages the alignment is checked on.
var parallelPages = []string{
	"/en/declarations/mechelen-2017/en-fr/",
	"/fr/declarations/mechelen-2017/fr-en/",
	"/en/declarations/dusseldorf-2019/en-fr/",
	"/fr/declarations/dusseldorf-2019/fr-en/",
}

// rowLayout measures every row of a side-by-side page: its id, and each
// cell's language, box and language marker.
const rowLayout = `[...document.querySelectorAll(".row:not(.head)")].map(row => ({
	id: row.id,
	cells: [...row.children].map(c => {
		const r = c.getBoundingClientRect(), marker = getComputedStyle(c, "::before");
		return {lang: c.lang, top: r.top, bottom: r.bottom, left: r.left, right: r.right,
			marker: marker.display !== "none" && marker.content !== "none" && marker.content !== "normal" && marker.visibility === "visible"};
	}),
}))`

type row struct {
	ID    string `json:"id"`
	Cells []struct {
		Lang                     string
		Top, Bottom, Left, Right float64
		Marker                   bool
	} `json:"cells"`
}

// TestParallelAlignment: on a desktop the two cells of every row start on
// the same line, side by side; on a phone the rows become one column that
// alternates the languages in order, each cell marked with its language.
func TestParallelAlignment(t *testing.T) {
	b, base := serve(t)
	for _, width := range []int{browsertest.Desktop, browsertest.Phone} {
		for _, path := range parallelPages {
			t.Run(fmt.Sprintf("%d%s", width, path), func(t *testing.T) {
				p := b.Page(t, browsertest.Width(width))
				p.Go(base + path)
				var rows []row
				p.Eval(rowLayout, &rows)
				if len(rows) < 10 {
					t.Fatalf("%d rows; the page should have one per paragraph", len(rows))
				}
				first, second := path[1:3], path[len(path)-3:len(path)-1]
				for _, r := range rows {
					checkRow(t, width, r, first, second)
				}
				var overflow bool
				p.Eval(`document.documentElement.scrollWidth > innerWidth`, &overflow)
				if overflow {
					t.Errorf("the page is wider than the %d px window", width)
				}
			})
		}
	}
}

func checkRow(t *testing.T, width int, r row, first, second string) {
	t.Helper()
	if len(r.Cells) != 2 || r.Cells[0].Lang != first || r.Cells[1].Lang != second {
		t.Errorf("row #%s: cells %+v; want a %s cell then a %s cell", r.ID, r.Cells, first, second)
		return
	}
	a, b := r.Cells[0], r.Cells[1]
	if width == browsertest.Desktop {
		if d := a.Top - b.Top; d > 1 || d < -1 {
			t.Errorf("row #%s: the %s cell starts at %.1f px, the %s cell at %.1f px", r.ID, first, a.Top, second, b.Top)
		}
		if b.Left < a.Right {
			t.Errorf("row #%s: the cells overlap or are not side by side", r.ID)
		}
		return
	}
	if b.Top < a.Bottom-1 {
		t.Errorf("row #%s: on a phone the %s cell (top %.1f) should follow the %s cell (bottom %.1f)", r.ID, second, b.Top, first, a.Bottom)
	}
	if !a.Marker || !b.Marker {
		t.Errorf("row #%s: a cell without a visible language marker (%s %v, %s %v)", r.ID, first, a.Marker, second, b.Marker)
	}
}

// shown is true when the selector matches an element that takes space on
// the page and is not hidden.
const shown = `(sel => {
	const el = document.querySelector(sel);
	if (!el) return false;
	const r = el.getBoundingClientRect(), s = getComputedStyle(el);
	return r.width > 0 && r.height > 0 && s.visibility === "visible" && el.innerText.trim().length > 0;
})`

// TestNoScript opens one page of every kind in both languages with
// JavaScript off: each shows its content and its navigation.
func TestNoScript(t *testing.T) {
	_, plan := archive(t)
	b, base := serve(t)
	p := b.Page(t, browsertest.NoScript())
	var scriptsRun bool
	for _, path := range everyKind(plan) {
		p.Go(base + path)
		nav := "nav.menu"
		if path == "/" {
			nav = ".lang-choice" // the language choice is the root page's only navigation
		}
		for _, sel := range []string{"main h1", "main", nav} {
			var ok bool
			p.Eval(shown+`(`+jsString(sel)+`)`, &ok)
			if !ok {
				t.Errorf("%s without JavaScript: %s is missing or hidden", path, sel)
			}
		}
		var links int
		p.Eval(`document.querySelectorAll(`+jsString(nav+" a[href]")+`).length`, &links)
		if links == 0 {
			t.Errorf("%s without JavaScript: %s has no links", path, nav)
		}
		p.Eval(`!!document.querySelector(".lang-switch a[data-page]")`, &scriptsRun)
		if scriptsRun {
			t.Errorf("%s: reading.js ran although JavaScript is off; the test does not test what it says", path)
		}
	}
}

// TestScreenshots saves the home page, a declaration at one of its
// paragraphs, a side-by-side page and the timeline, at phone and desktop
// widths, for a person to look at ($CONCORD_SCREENSHOTS keeps them).
func TestScreenshots(t *testing.T) {
	b, base := serve(t)
	pages := []struct{ name, path string }{
		{"home", "/en/"},
		{"declaration", "/en/declarations/mechelen-2017/#p11"},
		{"side-by-side", "/fr/declarations/mechelen-2017/fr-en/"},
		{"timeline", "/en/timeline/"},
	}
	for _, width := range []int{browsertest.Phone, browsertest.Desktop} {
		p := b.Page(t, browsertest.Width(width))
		for _, pg := range pages {
			p.Go(base + pg.path)
			t.Logf("%s", p.Screenshot(fmt.Sprintf("%s-%d", pg.name, width)))
		}
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
