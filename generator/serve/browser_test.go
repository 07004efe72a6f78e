package serve_test

import (
	"context"
	"math"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-archive/concord/generator/build"
	"github.com/concord-archive/concord/generator/serve"
	"github.com/concord-archive/concord/internal/browsertest"
)

// TestBrowserReloadsOnEdit follows an editor with the preview open in
// Chromium: an edit reloads the page at the same scroll position, a broken
// edit shows the errors over the page without reloading it, and the fix
// reloads it clean.
//
// Chromium restores the scroll position of a reloaded page by itself, so
// the scroll position is tested twice: as a Chromium reader sees it, and
// with Chromium's restoration off, which tests the live script's own
// restore (what browsers that do not restore rely on).
func TestBrowserReloadsOnEdit(t *testing.T) {
	b := browsertest.New(t)
	tests := []struct{ name, restoration string }{
		{"chromium restores scroll", "auto"},
		{"live script restores scroll", "manual"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copySite(t)
			base := startServe(t, dir) // before the page, so it stops after the page closed
			p := b.Page(t, browsertest.Width(browsertest.Desktop))
			p.OnNewDocument(`history.scrollRestoration = "` + tt.restoration + `"`)
			p.OnNewDocument(markLiveStreamOpen)
			p.Go(base + "/en/declarations/mechelen-2017/")
			p.WaitFor("the live-reload stream to open", `document.documentElement.dataset.testLive === "open"`)
			editBreakAndFix(t, p, filepath.Join(dir, "content", "declarations", "mechelen-2017", "en.md"))
		})
	}
}

// markLiveStreamOpen marks the root element once the page's event stream
// is open. An edit made before that could come before the page listens, and
// the page would miss its reload.
const markLiveStreamOpen = `(() => {
	const Native = window.EventSource;
	window.EventSource = function (url, opts) {
		const source = new Native(url, opts);
		source.addEventListener("open", () => { document.documentElement.dataset.testLive = "open"; });
		return source;
	};
	window.EventSource.prototype = Native.prototype;
})()`

// editBreakAndFix edits the page's file, breaks it and fixes it, checking
// the open page after each save. window.__concordMarker tells whether the
// page reloaded: a reload forgets it.
func editBreakAndFix(t *testing.T, p *browsertest.Page, file string) {
	p.Eval(`document.getElementById("p20").scrollIntoView(); window.__concordMarker = 1`, nil)
	var before float64
	p.Eval(`window.scrollY`, &before)
	if before < 500 {
		t.Fatalf("scrolled to #p20 only %.0fpx down; the test needs a position far from the top", before)
	}
	checkScroll := func(when string) {
		t.Helper()
		if after := settledScrollY(p); math.Abs(after-before) > 3 {
			t.Errorf("%s the page is at %.0fpx; it was at %.0fpx", when, after, before)
		}
	}
	original, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}

	edited := replaceOnce(t, string(original), "triangular cooperation", "triangular collaboration")
	saveLikeAnEditor(t, file, edited)
	p.WaitFor("the page to reload with the edit", `window.__concordMarker === undefined &&
		document.getElementById("p20")?.textContent.includes("triangular collaboration")`)
	checkScroll("after the reload")

	// An unterminated string in the front matter, on line 4.
	p.Eval(`window.__concordMarker = 2`, nil)
	saveLikeAnEditor(t, file, replaceOnce(t, edited, `translation = "unofficial"`, `translation = "unofficial`))
	p.WaitFor("the error overlay naming the file and line", `(o => o && o.getBoundingClientRect().height > 0 &&
		o.textContent.includes("content/declarations/mechelen-2017/en.md:4:"))(document.getElementById("concord-errors"))`)
	var marker int
	p.Eval(`window.__concordMarker`, &marker)
	if marker != 2 {
		t.Error("the broken edit reloaded the page; it should keep the last good page under the overlay")
	}

	saveLikeAnEditor(t, file, edited)
	p.WaitFor("a clean reload after the fix", `window.__concordMarker === undefined &&
		document.readyState === "complete" && !document.getElementById("concord-errors") &&
		document.getElementById("p20")?.textContent.includes("triangular collaboration")`)
	checkScroll("after the fix")
	if problems := p.Problems(); len(problems) > 0 {
		t.Errorf("the page reported problems:\n%s", strings.Join(problems, "\n"))
	}
}

// settledScrollY is the scroll position once the document, its fonts and
// two frames of layout are done, where a reader sees the page come to rest.
func settledScrollY(p *browsertest.Page) float64 {
	var y float64
	p.WaitFor("the reloaded page to finish loading", `document.readyState === "complete"`)
	p.Eval(`document.fonts.ready
		.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))
		.then(() => window.scrollY)`, &y)
	return y
}

// copySite copies the repository's archive (config, content, theme, static
// files) into a temp folder that the test may edit.
func copySite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	config, err := os.ReadFile("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), config, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"content", "themes", "static"} {
		src := filepath.Join("../..", name)
		if _, err := os.Stat(src); err != nil {
			continue // the archive has no static/ yet
		}
		if err := os.CopyFS(filepath.Join(dir, name), os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// startServe runs the preview of dir on a free loopback port until the test
// ends, and returns its address.
func startServe(t *testing.T, dir string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve.Serve(ctx, build.Options{Source: dir}, ln, testLog{t}) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// testLog shows the preview's log in the test's output (go test -v, or on
// failure). Serve stops before the test ends, so it never logs too late.
type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Logf("serve: %s", strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// saveLikeAnEditor writes the file as most editors save: a temporary file
// in the same folder, renamed over the original.
func saveLikeAnEditor(t *testing.T, file, text string) {
	t.Helper()
	tmp, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+".*")
	if err != nil {
		t.Fatal(err)
	}
	_, err = tmp.WriteString(text)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), file)
	}
	if err != nil {
		t.Fatal(err)
	}
}

func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	if strings.Count(s, old) != 1 {
		t.Fatalf("the file has %d copies of %q; the test needs exactly one", strings.Count(s, old), old)
	}
	return strings.Replace(s, old, new, 1)
}
