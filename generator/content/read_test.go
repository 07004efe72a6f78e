package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	write("content/declarations/ok/en.md", "+++\n+++\n")
	write("content/declarations/ok/original-en.pdf", "%PDF")
	write("content/declarations/ok/.en.md.swp", "swap")
	write("content/declarations/ok/de.md", "+++\n+++\n")
	write("content/declarations/Bad Slug/en.md", "+++\n+++\n")
	write("content/blog/x/en.md", "+++\n+++\n")
	write("content/news/stray.md", "x")
	if err := os.Symlink(filepath.Join(dir, "content"), filepath.Join(dir, "content/news/loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/etc/hostname", filepath.Join(dir, "content/declarations/ok/fr.md")); err != nil {
		t.Fatal(err)
	}

	files, problems := Read(os.DirFS(dir), []string{"en", "fr"})
	var got []string
	for _, f := range files {
		got = append(got, f.Path+" "+f.Lang)
	}
	want := "content/declarations/ok/en.md en|content/declarations/ok/original-en.pdf "
	if strings.Join(got, "|") != want {
		t.Errorf("files = %q; want %q", strings.Join(got, "|"), want)
	}
	wantProblems := []string{
		`content/blog: unknown section "blog"`,
		`content/declarations/Bad Slug: invalid slug "Bad Slug"`,
		`content/declarations/ok/de.md: language "de" is not configured`,
		`content/declarations/ok/fr.md: symbolic link to "/etc/hostname" in content/`,
		`content/news/loop: symbolic link to "`,
		`content/news/stray.md: file outside a document folder`,
	}
	problems.Sort()
	if len(problems) != len(wantProblems) {
		t.Fatalf("problems:\n%v\nwant %d", problems, len(wantProblems))
	}
	for i, w := range wantProblems {
		if !strings.HasPrefix(problems[i].Error(), w) {
			t.Errorf("problem %d = %q; want prefix %q", i, problems[i].Error(), w)
		}
	}
}

// TestReadFolder checks that re-reading one folder gives exactly what a full
// Read gives for that folder, including its problems, and nothing for a
// folder that is gone.
func TestReadFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	write("content/declarations/ok/en.md", "+++\n+++\n")
	write("content/declarations/ok/fr.md", "+++\n+++\n")
	write("content/declarations/ok/de.md", "+++\n+++\n")
	write("content/declarations/ok/annex.pdf", "%PDF")
	write("content/declarations/ok/nested/en.md", "x")
	write("content/declarations/Bad Slug/en.md", "+++\n+++\n")
	write("content/news/real/en.md", "+++\n+++\n")
	if err := os.Symlink(filepath.Join(dir, "content/news/real"), filepath.Join(dir, "content/news/linked")); err != nil {
		t.Fatal(err)
	}
	fsys := os.DirFS(dir)
	langs := []string{"en", "fr"}
	all, allProblems := Read(fsys, langs)

	for _, folder := range []string{"content/declarations/ok", "content/declarations/Bad Slug", "content/news/real", "content/news/linked", "content/news/gone"} {
		files, problems := ReadFolder(fsys, folder, langs)
		var want []File
		for _, f := range all {
			if strings.HasPrefix(f.Path, folder+"/") {
				want = append(want, f)
			}
		}
		var wantProblems []string
		for _, p := range allProblems {
			if p.Pos.File == folder || strings.HasPrefix(p.Pos.File, folder+"/") {
				wantProblems = append(wantProblems, p.Error())
			}
		}
		if got, w := paths(files), paths(want); got != w {
			t.Errorf("ReadFolder(%s) files = %s; want %s", folder, got, w)
		}
		problems.Sort()
		var got []string
		for _, p := range problems {
			got = append(got, p.Error())
		}
		if strings.Join(got, "\n") != strings.Join(wantProblems, "\n") {
			t.Errorf("ReadFolder(%s) problems:\n%s\nwant:\n%s", folder, strings.Join(got, "\n"), strings.Join(wantProblems, "\n"))
		}
	}
	if _, problems := ReadFolder(fsys, "content/declarations", langs); len(problems) != 1 {
		t.Errorf("ReadFolder of a section folder: problems %v; want one", problems)
	}
}

func paths(files []File) string {
	var s []string
	for _, f := range files {
		s = append(s, f.Path+" "+f.Lang)
	}
	return strings.Join(s, "|")
}

// TestKeyCompare holds Key.Compare to the order of the keys' strings,
// which is what it stands for.
func TestKeyCompare(t *testing.T) {
	var keys []Key
	for _, sec := range Sections {
		for _, slug := range []string{"a", "a-1", "a1", "b", "mechelen-2017", "z"} {
			keys = append(keys, Key{Section: sec, Slug: slug})
		}
	}
	for _, a := range keys {
		for _, b := range keys {
			if got, want := a.Compare(b), strings.Compare(a.String(), b.String()); got != want {
				t.Errorf("%v.Compare(%v) = %d; the strings compare %d", a, b, got, want)
			}
		}
	}
}
