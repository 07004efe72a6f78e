package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The broken-site corpus (issue 7): testdata/broken/<case>/ holds one
// editor's mistake on top of the valid site in testdata/broken/_base/, and
// want.txt the exact output of concord check on it. A case folder may also
// hold a _delete file (site paths to remove, one a line), a theme override
// under themes/, and want-github.txt for --format github.

var update = flag.Bool("update", false, "rewrite want.txt and want-github.txt under testdata/broken")

const brokenDir = "testdata/broken"

// brokenCase is one mistake. setup makes what git cannot hold or should
// not: a 50 MB file, a symbolic link loop, an unreadable file.
type brokenCase struct {
	name   string
	setup  func(t *testing.T, dir string)
	github bool // also compare check --format github with want-github.txt
}

var brokenCases = []brokenCase{
	{name: "cites-draft"},
	{name: "cites-missing-document"},
	{name: "cites-missing-paragraph"},
	{name: "config-syntax"},
	{name: "deep-list", setup: deepList},
	{name: "deep-quote", setup: deepQuote},
	{name: "duplicate-slug-case"},
	{name: "duplicate-url-attachment"},
	{name: "duplicate-url-page"},
	{name: "empty-file"},
	{name: "end-before-start"},
	{name: "field-wrong-section"},
	{name: "fifo", setup: fifo},
	{name: "front-matter-unclosed"},
	{name: "front-matter-yaml"},
	{name: "huge-file", setup: hugeFile},
	{name: "impossible-date"},
	{name: "impossible-month"},
	{name: "link-missing-attachment"},
	{name: "link-missing-document"},
	{name: "link-missing-paragraph"},
	{name: "milestone-mismatch"},
	{name: "missing-template"},
	{name: "misspelled-field", github: true},
	{name: "not-utf8", setup: notUTF8},
	{name: "paragraphs-diverge"},
	{name: "several-mistakes", github: true},
	{name: "slug-capitals"},
	{name: "slug-dotdot"},
	{name: "slug-non-ascii"},
	{name: "slug-spaces"},
	{name: "symlink-loop", setup: symlinkLoop},
	{name: "template-fails", setup: templateFails},
	{name: "template-syntax", setup: templateSyntax},
	{name: "toml-syntax"},
	{name: "translation-contradicts"},
	{name: "translation-without-original"},
	{name: "two-originals"},
	{name: "unconfigured-language"},
	{name: "unknown-event"},
	{name: "unknown-field"},
	{name: "unreadable", setup: unreadable},
	{name: "wrong-type"},
	{name: "wrong-type-date"},
}

// TestCheckBroken runs concord check on every case: exit 1, and exactly the
// problems of want.txt (no translation report: it is printed only when
// there is no error).
func TestCheckBroken(t *testing.T) {
	for _, c := range brokenCases {
		t.Run(c.name, func(t *testing.T) {
			goroutines := runtime.NumGoroutine()
			dir := baseSite(t)
			applyCase(t, c, dir)
			formats := []string{"text"}
			if c.github {
				formats = append(formats, "github")
			}
			for _, format := range formats {
				var stdout, stderr bytes.Buffer
				code := run(context.Background(), []string{"check", "--source", dir, "--format", format}, &stdout, &stderr)
				if code != 1 || !strings.HasPrefix(stderr.String(), "concord check: ") {
					t.Errorf("check --format %s = %d, stderr %q; want 1 and the count of errors", format, code, stderr.String())
				}
				if strings.Contains(stdout.String(), dir) {
					t.Errorf("check --format %s names the temporary folder instead of paths in the site:\n%s", format, stdout.String())
				}
				compareGolden(t, filepath.Join(brokenDir, c.name, wantFile(format)), stdout.String())
			}
			waitGoroutines(t, goroutines)
		})
	}
}

// TestBuildBroken builds the valid base site, applies each case and builds
// again: the build must fail with the problems of want.txt, leave the
// previous output byte for byte as it was, leave no staging folder, and
// leave no goroutine behind.
func TestBuildBroken(t *testing.T) {
	for _, c := range brokenCases {
		t.Run(c.name, func(t *testing.T) {
			goroutines := runtime.NumGoroutine()
			dir := baseSite(t)
			out := filepath.Join(t.TempDir(), "public")
			args := []string{"build", "--source", dir, "--out", out}
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), args, &stdout, &stderr); code != 0 {
				t.Fatalf("building the base site = %d:\n%s", code, stderr.String())
			}
			before := snapshot(t, out)
			applyCase(t, c, dir)
			stdout.Reset()
			stderr.Reset()
			code := run(context.Background(), args, &stdout, &stderr)
			want, err := os.ReadFile(filepath.Join(brokenDir, c.name, "want.txt"))
			if err != nil {
				t.Fatal(err)
			}
			tail := fmt.Sprintf("; %s left unchanged\n", out)
			if code != 1 || !strings.HasPrefix(stderr.String(), string(want)) || !strings.HasSuffix(stderr.String(), tail) ||
				strings.Count(stderr.String(), "\n") != bytes.Count(want, []byte("\n"))+1 {
				t.Errorf("build = %d\nstderr:\n%s\nwant 1 and:\n%s", code, stderr.String(), want)
			}
			if changed := changes(before, snapshot(t, out)); len(changed) > 0 {
				t.Errorf("the failed build changed %s: %v", out, changed)
			}
			staging := filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".concord-staging")
			if _, err := os.Lstat(staging); !os.IsNotExist(err) {
				t.Errorf("staging folder %s left behind (%v)", staging, err)
			}
			waitGoroutines(t, goroutines)
		})
	}
}

// TestBrokenCorpusListed keeps the table and the folders in step: a case
// folder that is not in the table would never run.
func TestBrokenCorpusListed(t *testing.T) {
	entries, err := os.ReadDir(brokenDir)
	if err != nil {
		t.Fatal(err)
	}
	var folders, listed []string
	for _, e := range entries {
		if e.IsDir() && e.Name() != "_base" {
			folders = append(folders, e.Name())
		}
	}
	for _, c := range brokenCases {
		listed = append(listed, c.name)
	}
	if !slices.Equal(folders, listed) {
		t.Errorf("case folders %v\ndiffer from the table %v (keep both sorted)", folders, listed)
	}
}

func wantFile(format string) string {
	if format == "github" {
		return "want-github.txt"
	}
	return "want.txt"
}

// compareGolden compares got with the file, or rewrites the file under -update.
func compareGolden(t *testing.T, file, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/concord -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s:\ngot:\n%s\nwant:\n%s", file, got, want)
	}
}

// baseSite copies the base site and the repository's default theme into a
// temporary folder.
func baseSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copyTree(t, filepath.Join(brokenDir, "_base"), dir)
	copyTree(t, filepath.Join("..", "..", "themes", "default"), filepath.Join(dir, "themes", "default"))
	return dir
}

// applyCase copies the case's files over the site, removes those its
// _delete lists, and runs its setup.
func applyCase(t *testing.T, c brokenCase, dir string) {
	t.Helper()
	src := filepath.Join(brokenDir, c.name)
	copyTree(t, src, dir)
	if list, err := os.ReadFile(filepath.Join(src, "_delete")); err == nil {
		for _, p := range strings.Fields(string(list)) {
			if err := os.RemoveAll(filepath.Join(dir, filepath.FromSlash(p))); err != nil {
				t.Fatal(err)
			}
		}
	}
	if c.setup != nil {
		c.setup(t, dir)
	}
}

// copyTree copies the files under src into dst, overwriting, except the
// case's own want files and _delete list.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		switch {
		case rel == "want.txt" || rel == "want-github.txt" || rel == "_delete":
			return nil
		case d.IsDir():
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// snapshot returns every file and folder under dir with its bytes.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			files[rel+"/"] = nil
			return nil
		}
		files[rel], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// sameSnapshot reports whether two snapshots hold the same files and bytes.
func sameSnapshot(a, b map[string][]byte) bool { return len(changes(a, b)) == 0 }

// changes lists the files added, removed or changed from before to after.
func changes(before, after map[string][]byte) []string {
	var changed []string
	for name, data := range after {
		if old, ok := before[name]; !ok || !bytes.Equal(old, data) {
			changed = append(changed, name)
		}
	}
	for name := range before {
		if _, ok := after[name]; !ok {
			changed = append(changed, name+" (removed)")
		}
	}
	slices.Sort(changed)
	return changed
}

// waitGoroutines fails if goroutines started during the test are still
// running once they have had a moment to finish.
func waitGoroutines(t *testing.T, want int) {
	t.Helper()
	for range 100 {
		if runtime.NumGoroutine() <= want {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	buf := make([]byte, 1<<16)
	buf = buf[:runtime.Stack(buf, true)]
	t.Errorf("%d goroutines left running, %d before:\n%s", runtime.NumGoroutine(), want, buf)
}

const newsFile = "content/news/alpha-adopted/en.md"

func writeFile(t *testing.T, dir, name, data string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

const newsFront = "+++\ntitle = \"The Alpha Declaration is adopted\"\noriginal = true\ndate = 2017-11-18\n+++\n"

// notUTF8 saves the news item in Latin-1, as an old editor might.
func notUTF8(t *testing.T, dir string) {
	writeFile(t, dir, newsFile, newsFront+"Mayors met.\n\nThe declaration was adopt\xe9e.\n")
}

// templateFails makes the theme's doc.html name a field views do not have,
// which html/template finds only when it runs. The theme is the
// repository's, patched, so the case follows the theme as it changes.
func templateFails(t *testing.T, dir string) {
	patchFile(t, filepath.Join(dir, "themes/default/layouts/doc.html"), "<h1>{{.Title}}</h1>", `<h1>{{.Title}}</h1>{{with .Subtitle}}<p class="subtitle">{{.}}</p>{{end}}`)
}

// templateSyntax leaves an action of doc.html unclosed.
func templateSyntax(t *testing.T, dir string) {
	patchFile(t, filepath.Join(dir, "themes/default/layouts/doc.html"), `<p class="summary">{{.}}</p>`, `<p class="summary">{{.}</p>`)
}

func patchFile(t *testing.T, file, old, new string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s no longer contains %q: update the case", file, old)
	}
	if err := os.WriteFile(file, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// hugeFile makes the news item 50 MB, sparse so the test stays fast: it
// must be refused from its size, before it is read.
func hugeFile(t *testing.T, dir string) {
	writeFile(t, dir, newsFile, newsFront)
	if err := os.Truncate(filepath.Join(dir, newsFile), 50<<20); err != nil {
		t.Fatal(err)
	}
}

// deepList nests a list 10,000 levels deep on one line: goldmark's time
// grows with the square of the depth.
func deepList(t *testing.T, dir string) {
	writeFile(t, dir, newsFile, newsFront+"Mayors met.\n\n"+strings.Repeat("- ", 10000)+"adopted\n")
}

func deepQuote(t *testing.T, dir string) {
	writeFile(t, dir, newsFile, newsFront+"Mayors met.\n\n"+strings.Repeat(">", 10000)+" adopted\n")
}

// symlinkLoop links a folder of content/ to itself.
func symlinkLoop(t *testing.T, dir string) {
	if err := os.Symlink(".", filepath.Join(dir, "content", "news", "loop")); err != nil {
		t.Fatal(err)
	}
}

// unreadable takes away every permission on the news item. Root reads a
// file whatever its permissions, so there is no unreadable file to make
// then; the fifo case still covers a language file that cannot be read as
// text.
func unreadable(t *testing.T, dir string) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which reads a file whatever its permissions")
	}
	if err := os.Chmod(filepath.Join(dir, newsFile), 0); err != nil {
		t.Fatal(err)
	}
}

// fifo puts a named pipe where the French news item would be: reading it
// would block the build forever.
func fifo(t *testing.T, dir string) {
	if err := syscall.Mkfifo(filepath.Join(dir, "content", "news", "alpha-adopted", "fr.md"), 0o644); err != nil {
		t.Fatal(err)
	}
}
