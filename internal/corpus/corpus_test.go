package corpus

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// theme is the repository's Concord theme, which the Concord format copies.
const theme = "../../themes/default"

// readAll returns every file under dir by slash path.
func readAll(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func write(t *testing.T, n int, seed uint64, f Format) (string, Stats) {
	t.Helper()
	dir := t.TempDir()
	st, err := Write(dir, New(n, seed), f)
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

func TestWriteIsDeterministic(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    Format
	}{
		{"concord", Concord{Theme: theme}},
		{"hugo", Hugo{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir1, st := write(t, 30, 1, tc.f)
			dir2, _ := write(t, 30, 1, tc.f)
			a, b := readAll(t, dir1), readAll(t, dir2)
			if len(a) != len(b) || len(a) != st.Files {
				t.Fatalf("file counts differ: %d, %d, stats %d", len(a), len(b), st.Files)
			}
			for name, data := range a {
				if !bytes.Equal(data, b[name]) {
					t.Errorf("%s differs between two runs", name)
				}
			}
			dir3, _ := write(t, 30, 2, tc.f)
			if countSame(a, readAll(t, dir3)) == len(a) {
				t.Error("seed 2 wrote the same files as seed 1")
			}
		})
	}
}

func countSame(a, b map[string][]byte) int {
	n := 0
	for name, data := range a {
		if bytes.Equal(data, b[name]) {
			n++
		}
	}
	return n
}

// TestGolden pins the bytes of a one-declaration archive: a change here
// means every archive a seed ever made has changed, which benchmarks that
// compare runs across versions must know about. go test -update rewrites it.
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		golden string
		f      Format
	}{
		{"testdata/concord-n1.golden", Concord{Theme: theme}},
		{"testdata/hugo-n1.golden", Hugo{}},
	} {
		dir, _ := write(t, 1, 1, tc.f)
		var got bytes.Buffer
		files := readAll(t, dir)
		for _, name := range sortedKeys(files) {
			if strings.HasPrefix(name, "content/") {
				got.WriteString("-- " + name + " --\n")
				got.Write(files[name])
			}
		}
		if *update {
			if err := os.WriteFile(tc.golden, got.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(tc.golden)
		if err != nil {
			t.Fatal(err, "(run go test -update to create it)")
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: output changed; review it with go test -update and git diff", tc.golden)
		}
	}
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func TestConcordFileCounts(t *testing.T) {
	const n = 60
	dir, st := write(t, n, 1, Concord{Theme: theme})
	c := st.Counts
	if c != (Counts{Declarations: n, Events: 3, News: 6, Pages: 1}) {
		t.Fatalf("counts %+v", c)
	}
	perSection := map[string]map[string]int{} // section -> language file -> count
	for name := range readAll(t, dir) {
		parts := strings.Split(name, "/")
		if parts[0] != "content" {
			continue
		}
		if len(parts) != 4 {
			t.Errorf("unexpected file %s", name)
			continue
		}
		if perSection[parts[1]] == nil {
			perSection[parts[1]] = map[string]int{}
		}
		perSection[parts[1]][parts[3]]++
	}
	for _, tc := range []struct {
		section string
		en, fr  int
	}{
		{"declarations", n, n},
		{"events", c.Events, c.Events},
		{"pages", 1, 1},
	} {
		if got := perSection[tc.section]; got["en.md"] != tc.en || got["fr.md"] != tc.fr || len(got) != 2 {
			t.Errorf("%s: got %v, want %d en.md and %d fr.md", tc.section, got, tc.en, tc.fr)
		}
	}
	if news := perSection["news"]; news["en.md"] != c.News || news["fr.md"] == 0 || news["fr.md"] == c.News {
		t.Errorf("news: got %v, want %d en.md and some but not all fr.md", news, c.News)
	}
}

// TestDeclarationShape checks the model against issue 5: 25 to 60
// numbered paragraphs, about a quarter with 2 to 4 lettered ones, about
// 1,500 words, the same structure in both languages, originals alternating.
func TestDeclarationShape(t *testing.T) {
	const n = 200
	a := New(n, 7)
	var withSubs, paragraphs, words int
	for i := range n {
		d := a.Doc(i)
		if len(d.Versions) != 2 || d.Versions[0].Lang != "en" || d.Versions[1].Lang != "fr" {
			t.Fatalf("%s: versions %v", d.Slug, d.Versions)
		}
		if want := []string{"en", "fr"}[i%2]; d.Orig != want {
			t.Errorf("%s: original %s, want %s", d.Slug, d.Orig, want)
		}
		en, fr := outline(d.Versions[0].Body), outline(d.Versions[1].Body)
		if en != fr {
			t.Fatalf("%s: structures differ:\nen %s\nfr %s", d.Slug, en, fr)
		}
		numbered := 0
		for _, b := range d.Versions[0].Body {
			words += len(strings.Fields(b.Text))
			if b.Kind != Numbered {
				continue
			}
			numbered++
			if len(b.Subs) > 0 {
				withSubs++
				if len(b.Subs) < 2 || len(b.Subs) > 4 {
					t.Errorf("%s p%d: %d sub-paragraphs", d.Slug, b.Num, len(b.Subs))
				}
			}
			for _, s := range b.Subs {
				words += len(strings.Fields(s))
			}
		}
		if numbered < minParagraphs || numbered > maxParagraphs {
			t.Errorf("%s: %d numbered paragraphs", d.Slug, numbered)
		}
		paragraphs += numbered
	}
	if share := float64(withSubs) / float64(paragraphs); share < 0.2 || share > 0.3 {
		t.Errorf("%.2f of paragraphs have sub-paragraphs, want about 1 in 4", share)
	}
	if mean := words / n; mean < 1350 || mean > 1650 {
		t.Errorf("mean English words per declaration %d, want about 1,500", mean)
	}
}

// outline writes a body's paragraph structure, such as "T 1 2abc 3".
func outline(blocks []Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		switch bl.Kind {
		case Text:
			b.WriteString("T")
		case Heading:
			b.WriteString("H")
		case Numbered:
			b.WriteString(strconv.Itoa(bl.Num))
		}
		b.WriteString(strings.Join(letters[:len(bl.Subs)], ""))
		b.WriteString(" ")
	}
	return b.String()
}

var paragraphLine = regexp.MustCompile(`(?m)^( *)([0-9]+|[a-z])\. `)

// TestMarkdownStructureMatches checks the written files: en.md and fr.md
// of every document have the same numbered and lettered paragraphs, with
// the letters indented to the text of their paragraph.
func TestMarkdownStructureMatches(t *testing.T) {
	dir, _ := write(t, 40, 3, Concord{Theme: theme})
	files := readAll(t, dir)
	for name, en := range files {
		base, ok := strings.CutSuffix(name, "/en.md")
		if !ok || files[base+"/fr.md"] == nil {
			continue
		}
		got, want := markers(files[base+"/fr.md"]), markers(en)
		if got != want {
			t.Errorf("%s: fr.md paragraphs %q, en.md %q", base, got, want)
		}
	}
}

func markers(data []byte) string {
	var b strings.Builder
	indent := 0
	for _, m := range paragraphLine.FindAllSubmatch(data, -1) {
		if len(m[1]) == 0 {
			indent = len(m[2]) + 2 // "11. " is four columns
		} else if len(m[1]) != indent {
			return "bad indent before " + string(m[0])
		}
		b.Write(m[2])
		b.WriteString(" ")
	}
	return b.String()
}

// TestFrontMatter decodes every file's front matter and checks the rules
// of DESIGN.md that concern one document: neutral fields only in the
// original, milestones aligned entry by entry, cites to earlier documents.
func TestFrontMatter(t *testing.T) {
	dir, _ := write(t, 40, 5, Concord{Theme: theme})
	files := readAll(t, dir)
	type front struct {
		Original    bool
		Translation string
		Date        any
		Tags        []string
		Cites       []string
		Milestones  []struct {
			Date, End any
			Source    string
		}
	}
	decode := func(name string) front {
		parts := bytes.SplitN(files[name], []byte("+++\n"), 3)
		var f front
		if _, err := toml.Decode(string(parts[1]), &f); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return f
	}
	for name := range files {
		base, ok := strings.CutSuffix(name, "/en.md")
		if !ok || files[base+"/fr.md"] == nil {
			continue
		}
		en, fr := decode(name), decode(base+"/fr.md")
		orig, tr := en, fr
		if fr.Original {
			orig, tr = fr, en
		}
		if !orig.Original || tr.Original || orig.Translation != "" || (tr.Translation != "official" && tr.Translation != "unofficial") {
			t.Errorf("%s: original/translation marks wrong: en %+v fr %+v", base, en, fr)
		}
		if tr.Date != nil || tr.Tags != nil || tr.Cites != nil {
			t.Errorf("%s: the translation repeats a language-neutral field", base)
		}
		for _, c := range orig.Cites {
			if slugNumber(c) >= slugNumber(base) {
				t.Errorf("%s cites %s, which is not an earlier declaration", base, c)
			}
		}
		if len(en.Milestones) != len(fr.Milestones) {
			t.Fatalf("%s: %d English milestones, %d French", base, len(en.Milestones), len(fr.Milestones))
		}
		for k := range en.Milestones {
			e, f := en.Milestones[k], fr.Milestones[k]
			if e.Date != f.Date || e.End != f.End || e.Source != f.Source {
				t.Errorf("%s: milestone %d differs: %+v %+v", base, k, e, f)
			}
		}
	}
}

// slugNumber returns the number that ends a declaration's slug, such as
// 42 for "liege-2016-42#p3": its place in date order, counted from 1.
func slugNumber(ref string) int {
	slug, _, _ := strings.Cut(ref, "#")
	n, _ := strconv.Atoi(slug[strings.LastIndex(slug, "-")+1:])
	return n
}
