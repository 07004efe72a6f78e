package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Screenshot saves a PNG of the whole page as name.png and returns its
// path. The files go to a folder under the test's t.TempDir(), logged once,
// or, when $CONCORD_SCREENSHOTS is set, to a folder per test below it, so
// they outlive the test run for a person to look at.
func (p *Page) Screenshot(name string) string {
	p.t.Helper()
	png, err := p.screenshot()
	if err != nil {
		p.t.Fatalf("browsertest: screenshot %s: %v%s", name, err, timeoutHint(err))
	}
	path := filepath.Join(p.b.screenshotDir(p.t), name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatalf("browsertest: %v", err)
	}
	return path
}

func (p *Page) screenshot() ([]byte, error) {
	ctx, cancel := p.deadlineContext()
	defer cancel()
	return chromedp.Run(ctx, chromedp.FullScreenshot(100)) // quality 100 means PNG
}

// screenshotDir makes the browser's screenshot folder on first use. Pages
// of parallel subtests may ask at once, hence the mutex; t is the asking
// page's test, the one to fail.
func (b *Browser) screenshotDir(t *testing.T) string {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.shots != "" {
		return b.shots
	}
	dir := filepath.Join(b.t.TempDir(), "screenshots")
	if root := os.Getenv("CONCORD_SCREENSHOTS"); root != "" {
		dir = filepath.Join(root, strings.NewReplacer("/", "_", " ", "_").Replace(b.t.Name()))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("browsertest: screenshot folder: %v", err)
	}
	t.Logf("browsertest: screenshots in %s", dir)
	b.shots = dir
	return dir
}
