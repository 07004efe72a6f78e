package sitetest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-archive/concord/internal/browsertest"
)

// axeTags are the rule sets run: WCAG 2.0, 2.1 and 2.2 at levels A and AA
// (axe files 2.2's A criteria under wcag2a and wcag21a).
const axeTags = `["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]`

// violation is one failed axe rule on a page, with the elements at fault.
type violation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	Targets []string `json:"targets"`
}

// runAxe is evaluated after axe.min.js: it checks the page and returns
// its violations.
const runAxe = `axe.run(document, {runOnly: {type: "tag", values: ` + axeTags + `}, resultTypes: ["violations"]})
	.then(r => r.violations.map(v => ({id: v.id, impact: v.impact || "", help: v.help,
		targets: v.nodes.map(n => n.target.join(" "))})))`

// TestAxe runs axe-core in Chromium over one page of every kind in both
// languages, at phone and desktop widths (contrast and target size depend
// on the layout), and fails on any WCAG 2.2 A or AA violation.
func TestAxe(t *testing.T) {
	modules := needTools(t)
	script, err := os.ReadFile(filepath.Join(modules, "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	dir, plan := archive(t)
	paths := everyKind(plan)
	for _, width := range []int{browsertest.Phone, browsertest.Desktop} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			b := browsertest.New(t)
			base := browsertest.ServeDir(t, dir)
			p := b.Page(t, browsertest.Width(width))
			for _, path := range paths {
				p.Go(base + path)
				p.Eval(string(script)+";true", nil)
				var found []violation
				p.Eval(runAxe, &found)
				for _, v := range found {
					t.Errorf("%s: %s (%s): %s\n\t%s", path, v.ID, v.Impact, v.Help, strings.Join(v.Targets, "\n\t"))
				}
			}
			t.Logf("axe checked %d pages at %d px", len(paths), width)
		})
	}
}
