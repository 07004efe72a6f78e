package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckOut(t *testing.T) {
	root := t.TempDir()
	mk := func(name string) string {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	touch := func(name string) {
		if err := os.WriteFile(mk(name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	touch("repo/go.mod")
	touch("repo/config.toml")
	touch("repo/content/declarations/x/en.md")
	touch("site/config.toml")
	os.MkdirAll(mk("site/content"), 0o755)
	touch("full/file.txt")
	touch("afile")
	os.MkdirAll(mk("empty"), 0o755)
	if err := os.Symlink(filepath.Join(root, "site/content"), mk("link")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		dir   string
		force bool
		err   string // a substring of the error; "" for none
	}{
		{"", false, "no output folder"},
		{"new/corpus", false, ""},
		{"empty", false, ""},
		{"full", false, "not empty"},
		{"full", true, ""},
		{"afile", true, "is a file"},
		{"repo", true, "repository root"},
		{"repo/content", true, "inside the content folder"},
		{"repo/content/declarations/new", true, "inside the content folder"},
		{"site/content/corpus", false, "inside the content folder"},
		{"link/corpus", false, "inside the content folder"},
		{"site/public", false, ""},
	} {
		dir := tc.dir
		if dir != "" {
			dir = filepath.Join(root, dir)
		}
		err := CheckOut(dir, tc.force)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("CheckOut(%q, %v): %v", tc.dir, tc.force, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("CheckOut(%q, %v) = %v, want an error with %q", tc.dir, tc.force, err, tc.err)
		}
	}
}
