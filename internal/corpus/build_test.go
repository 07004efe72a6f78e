package corpus

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/concord-archive/concord/generator/build"
)

// TestConcordSiteBuilds writes a 200-declaration archive and runs
// Concord on it: no error and no warning (every cited paragraph, body link,
// event and milestone must resolve), and a build that succeeds.
func TestConcordSiteBuilds(t *testing.T) {
	dir, _ := write(t, 200, 1, Concord{Theme: theme})
	start := time.Now()
	_, problems := build.Load(build.Options{Source: dir})
	for _, p := range problems {
		t.Errorf("%v", p)
	}
	t.Logf("load: %v", time.Since(start))
	start = time.Now()
	sum, problems := build.Build(context.Background(), build.Options{Source: dir, Out: filepath.Join(t.TempDir(), "public")})
	if problems.HasErrors() {
		t.Fatalf("build failed:\n%v", problems)
	}
	if sum.Pages["en"] == 0 || sum.Pages["fr"] == 0 {
		t.Errorf("build made no pages: %+v", sum.Pages)
	}
	t.Logf("build: %v, pages %v", time.Since(start), sum.Pages)
}
