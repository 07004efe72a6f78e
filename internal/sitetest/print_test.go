package sitetest

import (
	"strings"
	"testing"

	"github.com/concord-archive/concord/internal/browsertest"
)

// visible is true when the selector matches an element that is displayed.
const visible = `(sel => [...document.querySelectorAll(sel)].some(el => el.getClientRects().length > 0 && getComputedStyle(el).visibility === "visible"))`

// TestPrint looks at a declaration and a side-by-side page as print media
// shows them: the text with its paragraph numbers and its permanent URL,
// and none of the navigation.
func TestPrint(t *testing.T) {
	b, base := serve(t)
	for _, path := range []string{"/en/declarations/mechelen-2017/", "/fr/declarations/mechelen-2017/fr-en/"} {
		t.Run(path, func(t *testing.T) {
			p := b.Page(t, browsertest.Media("print"))
			p.Go(base + path)
			for _, sel := range []string{"h1", ".pnum", ".print-url"} {
				var ok bool
				if p.Eval(visible+`(`+jsString(sel)+`)`, &ok); !ok {
					t.Errorf("printed, %s is missing", sel)
				}
			}
			for _, sel := range []string{".site-header", "nav", ".lang-switch", ".site-footer", ".plinks", ".skip", ".parallel-links", ".back"} {
				var ok bool
				if p.Eval(visible+`(`+jsString(sel)+`)`, &ok); ok {
					t.Errorf("printed, %s shows", sel)
				}
			}
			var url string
			p.Eval(`document.querySelector(".print-url").innerText`, &url)
			if !strings.Contains(url, "https://archive.example.org"+path) {
				t.Errorf("printed URL line %q does not hold the page's permanent URL", url)
			}
			p.Screenshot("print" + strings.NewReplacer("/", "_").Replace(path))
		})
	}
}
