// Package browsertest runs tests in a real Chromium, driven through the
// DevTools protocol by chromedp, for what only a browser can show: scripts,
// layout at a given width, the live preview's reload.
//
// A test starts one browser with New and opens pages in it:
//
//	b := browsertest.New(t)
//	p := b.Page(t, browsertest.Width(browsertest.Phone))
//	p.Go(url)
//	var w int
//	p.Eval(`document.documentElement.scrollWidth`, &w)
//
// Chromium is found through $CONCORD_CHROMIUM, then Debian's
// /usr/lib/chromium/chromium, its /usr/bin/chromium wrapper, then
// "chromium" on PATH. Without it the test is skipped, unless
// CONCORD_BROWSER=1 (CI sets it), where a missing browser fails the test so
// CI can never skip browser tests silently. `go test -short` skips them too,
// under the same exception.
//
// The browser starts with a fixed set of flags and a fresh profile in a
// t.TempDir(), and is stopped when the test ends, children included. Tests
// serve their pages on 127.0.0.1, and the flags turn off Chromium's own
// background requests, so a test never reaches the internet. Every browser
// action shares the test's time limit (Timeout), so a hung browser fails
// the test instead of hanging CI.
//
// Page.Screenshot writes PNGs under the test's t.TempDir(), or, to keep
// them, under $CONCORD_SCREENSHOTS.
package browsertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Timeout bounds all the browser work of one test: starting Chromium, every
// page action and every wait.
const Timeout = 60 * time.Second

// shutdownGrace is how long the browser may outlive the actions' deadline,
// so that a test that timed out can still close it gracefully.
const shutdownGrace = 10 * time.Second

// flags are Chromium's command-line switches, the team's fixed list. They
// replace chromedp.DefaultExecAllocatorOptions, which adds many more.
// Besides them Chromium gets only --user-data-dir, --window-size, and what
// chromedp needs to talk to it (--remote-debugging-pipe, about:blank);
// find prefers Debian's /usr/lib/chromium/chromium to the /usr/bin/chromium
// wrapper, which would add its defaults from /etc/chromium.d.
var flags = []string{
	"headless",
	"no-sandbox", // tests run as root in CI containers, where the sandbox cannot start
	"disable-gpu",
	"no-first-run",
	"disable-background-networking", // no update or metrics requests: tests never reach the internet
	"disable-component-update",
	"disable-sync",
}

// Default window size; Page sets each tab's own viewport.
const windowWidth, windowHeight = 1280, 800

// Browser is one Chromium process owned by a test.
type Browser struct {
	t        *testing.T
	ctx      context.Context // the browser's first tab; the process lives as long as it
	deadline time.Time       // for every action of every page
	profile  string          // Chromium's user data folder, fresh for the test
	output   *limitedBuffer  // Chromium's stdout and stderr, shown when the test fails

	mu    sync.Mutex
	shots string // screenshot folder, made on first use
}

// New starts Chromium for the test t, or skips t when there is none (see
// the package doc). The browser is stopped when t ends.
func New(t *testing.T) *Browser {
	t.Helper()
	path := chromium(t)
	// Chromium now and then exits at start when several start at once (go
	// test runs the packages with browser tests in parallel), before it
	// says where to connect: that is not what any test tests, so a start
	// is tried again, with a new profile, before the test fails.
	const attempts = 3
	for i := 1; ; i++ {
		b, err := start(t, path)
		if err == nil {
			return b
		}
		if i == attempts || !strings.Contains(err.Error(), "failed to start") {
			t.Fatalf("browsertest: cannot start %s (attempt %d): %v\n%s", path, i, err, b.output)
		}
		t.Logf("browsertest: Chromium exited at start (attempt %d of %d); trying again", i, attempts)
	}
}

// start starts one Chromium process for t with a fresh profile. Its
// cleanup is registered on t whether or not the start succeeded.
func start(t *testing.T, path string) (*Browser, error) {
	// The profile's TempDir cleanup is registered before the browser's, so
	// it runs after the browser stopped.
	profile := t.TempDir()
	b := &Browser{t: t, deadline: deadline(t), profile: profile, output: &limitedBuffer{max: 64 << 10}}

	// Chromium also writes outside its profile (crash reports, dconf): point
	// those at the test's folder too, so a run leaves nothing in $HOME.
	home := t.TempDir()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.UserDataDir(profile),
		chromedp.Env("XDG_CONFIG_HOME="+filepath.Join(home, "config"), "XDG_CACHE_HOME="+filepath.Join(home, "cache")),
		chromedp.WindowSize(windowWidth, windowHeight),
		chromedp.CombinedOutput(b.output),
	}
	for _, f := range flags {
		opts = append(opts, chromedp.Flag(f, true))
	}
	root, cancelRoot := context.WithDeadline(context.Background(), b.deadline.Add(shutdownGrace))
	alloc, cancelAlloc := chromedp.NewExecAllocator(root, opts...)
	ctx, cancelBrowser := chromedp.NewContext(alloc)
	b.ctx = ctx
	t.Cleanup(func() {
		stop(ctx, cancelBrowser)
		cancelAlloc() // waits until chromedp has reaped the process
		cancelRoot()
		if n := reapLeftovers(profile); n > 0 {
			t.Errorf("browsertest: %d Chromium child process(es) outlived the browser; killed", n)
		}
		if t.Failed() {
			t.Logf("browsertest: Chromium output:\n%s", b.output)
		}
	})
	// The first Do starts the process and binds it to ctx, which has no
	// deadline of its own: the root context's deadline stops a hung start.
	return b, chromedp.Do(ctx)
}

// chromium returns the browser's path, or ends the test when there is none.
func chromium(t *testing.T) string {
	t.Helper()
	required := os.Getenv("CONCORD_BROWSER") == "1"
	if testing.Short() && !required {
		t.Skip("browsertest: browser tests skipped in -short mode")
	}
	path, err := find(os.Getenv, exec.LookPath)
	switch {
	case err != nil:
		t.Fatalf("browsertest: %v", err)
	case path == "" && required:
		t.Fatal("browsertest: CONCORD_BROWSER=1 but Chromium is not found; " + installHint)
	case path == "":
		t.Skip("browsertest: Chromium not found, browser test skipped; " + installHint)
	}
	return path
}

const installHint = "install it (apt-get install chromium) or set CONCORD_CHROMIUM to its path"

// find looks for Chromium where the package doc says, in that order. It
// returns "" when there is none, and an error when CONCORD_CHROMIUM names
// something that is not a program: that setting was meant to be used.
func find(getenv func(string) string, lookPath func(string) (string, error)) (string, error) {
	if p := getenv("CONCORD_CHROMIUM"); p != "" {
		if _, err := lookPath(p); err != nil {
			return "", fmt.Errorf("CONCORD_CHROMIUM=%s is not a program: %v", p, err)
		}
		return p, nil
	}
	// Debian's program itself first: its /usr/bin/chromium wrapper adds
	// flags of its own (/etc/chromium.d) to the team's list.
	for _, name := range []string{"/usr/lib/chromium/chromium", "/usr/bin/chromium", "chromium"} {
		if p, err := lookPath(name); err == nil {
			return p, nil
		}
	}
	return "", nil
}

// deadline is Timeout from now, or earlier if go test's -timeout ends
// sooner, keeping a little time for cleanup and the failure report.
func deadline(t *testing.T) time.Time {
	d := time.Now().Add(Timeout)
	if td, ok := t.Deadline(); ok && td.Add(-2*shutdownGrace).Before(d) {
		d = td.Add(-2 * shutdownGrace)
	}
	return d
}

// stop closes the browser gracefully, so that Chromium ends its own child
// processes, then cancels the context, which kills what is left and waits
// for the process to exit.
func stop(ctx context.Context, cancel context.CancelFunc) {
	closing, done := context.WithTimeout(ctx, shutdownGrace)
	defer done()
	_ = chromedp.Cancel(closing) // errors mean it was already gone or hung: cancel handles both
	cancel()
}

// timeoutHint explains a deadline error in the test's terms.
func timeoutHint(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return " (the test's browser time limit of browsertest.Timeout ran out)"
	}
	return ""
}
