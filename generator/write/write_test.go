package write

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckOut(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "site")
	for _, dir := range []string{"content/declarations", "themes/default", "static"} {
		os.MkdirAll(filepath.Join(src, dir), 0o755)
	}
	link := filepath.Join(root, "link-to-site")
	if err := os.Symlink(src, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		out  string
		want string // "" for allowed
	}{
		{filepath.Join(src, "public"), ""},
		{filepath.Join(root, "elsewhere"), ""},
		{"/", "filesystem root"},
		{src, "contains the source"},
		{root, "contains the source"},
		{link, "contains the source"},
		{filepath.Join(src, "content"), "inside the source's content"},
		{filepath.Join(src, "content", "declarations", "x"), "inside the source's content"},
		{filepath.Join(src, "themes"), "inside the source's content, themes or static"},
		{filepath.Join(src, "static", "public"), "inside the source's content, themes or static"},
		{filepath.Join(src, "public", "..", "content"), "inside the source's content"},
	}
	for _, tt := range tests {
		err := CheckOut(tt.out, src)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckOut(%s): %v; want allowed", tt.out, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("CheckOut(%s) = %v; want an error containing %q", tt.out, err, tt.want)
		}
	}
}

// TestPutRefusesPathsOutside checks names that could climb out of the
// output folder: nothing is written anywhere.
func TestPutRefusesPathsOutside(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "public")
	s, err := NewStage(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"../escaped", "/etc/escaped", "a/../../escaped", `..\escaped`, `a\..\..\escaped`, "", ".", "a//b", "./a", "a/./b"} {
		if err := s.Put(name, []byte("x")); err == nil {
			t.Errorf("Put(%q) accepted", name)
		}
	}
	if _, err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 || entries[0].Name() != "public" {
		t.Errorf("the root holds %v; want only public", entries)
	}
}

// TestCommitDoesNotFollowLinks plants symbolic links in the output that
// point outside it: the build replaces them and never writes or deletes
// through them.
func TestCommitDoesNotFollowLinks(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "public")
	outside := filepath.Join(root, "outside")
	os.MkdirAll(out, 0o755)
	os.MkdirAll(outside, 0o755)
	os.WriteFile(filepath.Join(outside, "keep.txt"), []byte("precious"), 0o644)
	os.Symlink(outside, filepath.Join(out, "en"))    // where the site writes
	os.Symlink(outside, filepath.Join(out, "stale")) // what the site prunes

	s, err := NewStage(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put("en/index.html", []byte("page")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(outside)
	if len(entries) != 1 || entries[0].Name() != "keep.txt" {
		t.Errorf("outside holds %v; want keep.txt alone", entries)
	}
	if st, err := os.Lstat(filepath.Join(out, "en")); err != nil || !st.IsDir() {
		t.Errorf("public/en is not a real folder: %v", err)
	}
	if data, _ := os.ReadFile(filepath.Join(out, "en", "index.html")); string(data) != "page" {
		t.Errorf("public/en/index.html = %q", data)
	}
	if _, err := os.Lstat(filepath.Join(out, "stale")); err == nil {
		t.Error("the stale link was kept")
	}
}

// TestAbortAndLeftovers checks that an aborted or killed build leaves the
// output as it was, and that the next build clears its staging folder.
func TestAbortAndLeftovers(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "public")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "index.html"), []byte("old"), 0o644)

	s, _ := NewStage(out)
	s.Put("index.html", []byte("new"))
	s.Put("extra.html", []byte("new"))
	if err := s.Abort(); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(out, "index.html")); string(data) != "old" {
		t.Errorf("after Abort index.html = %q; want old", data)
	}
	if _, err := os.Stat(filepath.Join(out, "extra.html")); err == nil {
		t.Error("Abort published a file")
	}

	// A killed build: staged files, no Commit, no Abort.
	killed, _ := NewStage(out)
	killed.Put("index.html", []byte("half"))
	next, err := NewStage(out)
	if err != nil {
		t.Fatal(err)
	}
	next.Put("index.html", []byte("old"))
	res, err := next.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != 0 || res.Unchanged != 1 {
		t.Errorf("commit after a killed build: %+v; want 0 written, 1 unchanged", res)
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 {
		t.Errorf("leftovers beside the output: %v", entries)
	}
}
