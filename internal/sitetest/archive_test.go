package sitetest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/concord-archive/concord/generator/build"
	"github.com/concord-archive/concord/generator/render"
)

// root is the repository, from this package's folder.
const root = "../.."

// built is the real archive, built once for every test of the package.
var built struct {
	once  sync.Once
	dir   string // the output folder
	plan  []render.Page
	fatal string // why the build failed
}

// TestMain removes the shared build when the tests are done.
func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(filepath.Dir(built.dir))
	}
	os.Exit(code)
}

// archive builds the repository's content once and returns the output
// folder and the plan of its pages.
func archive(t *testing.T) (dir string, plan []render.Page) {
	t.Helper()
	built.once.Do(func() {
		tmp, err := os.MkdirTemp("", "concord-sitetest-")
		if err != nil {
			built.fatal = err.Error()
			return
		}
		built.dir = filepath.Join(tmp, "public")
		opts := build.Options{Source: root, Out: built.dir}
		if _, problems := build.Build(context.Background(), opts); len(problems) > 0 {
			built.fatal = "building the archive: " + problems.Error()
			return
		}
		l, problems := build.Load(opts)
		if problems.HasErrors() {
			built.fatal = "loading the archive: " + problems.Error()
			return
		}
		built.plan = render.Plan(l.Site)
	})
	if built.fatal != "" {
		t.Fatal(built.fatal)
	}
	return built.dir, built.plan
}

// everyKind picks, from the plan, one HTML page of every kind in every
// language: a document page per section, the timeline and a year of it,
// and so on. Paths are URL paths with their leading slash.
func everyKind(plan []render.Page) []string {
	seen := map[string]bool{}
	var paths []string
	for _, p := range plan {
		if !strings.HasSuffix(p.File(), ".html") {
			continue
		}
		section := p.Section
		if p.Doc != nil {
			section = p.Doc.Key.Section
		}
		key := strings.Join([]string{p.Kind, section, p.Lang, p.Other, strings.Repeat("/", strings.Count(p.Path, "/"))}, " ")
		if !seen[key] {
			seen[key] = true
			paths = append(paths, "/"+p.Path)
		}
	}
	slices.Sort(paths)
	return paths
}

// needTools returns the path of tools/node_modules, or skips the test when
// it is missing outside CI.
func needTools(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(root, "tools", "node_modules")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CONCORD_BROWSER") == "1" {
			t.Fatalf("%s is missing; run npm ci in tools/ (.ci/run does)", dir)
		}
		t.Skipf("%s is missing, test skipped; run npm ci in tools/ to run it", dir)
	}
	return dir
}
