package build

// Fidelity tests: the real archive in /content is built once, and its
// declaration pages are checked against the source documents they were
// transcribed from (copies in testdata/seeds), against each other (the same
// paragraph anchors in every language) and for the alignment of the
// side-by-side pages.

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
)

var (
	archiveOnce sync.Once
	archiveSite map[string][]byte
)

// archivePages builds the real archive (../../content) once per test run and
// returns its files by slash path. The output directory is removed as soon as
// it has been read.
func archivePages(t *testing.T) map[string][]byte {
	t.Helper()
	archiveOnce.Do(func() {
		dir, err := os.MkdirTemp("", "concord-fidelity-")
		if err != nil {
			t.Errorf("temp dir: %v", err)
			return
		}
		defer os.RemoveAll(dir)
		_, problems := Build(context.Background(), Options{Source: filepath.Join("..", ".."), Out: dir})
		if problems.HasErrors() {
			t.Errorf("building the archive:\n%v", problems)
			return
		}
		archiveSite = readTree(t, dir)
	})
	if archiveSite == nil {
		t.Fatal("the shared build of the archive failed (see the first test that ran)")
	}
	return archiveSite
}

func archivePage(t *testing.T, path string) string {
	t.Helper()
	data, ok := archivePages(t)[path]
	if !ok {
		t.Fatalf("page %s was not built", path)
	}
	return string(data)
}

// ---- text normalisation ----

var (
	hyphenBreakRe = regexp.MustCompile(`-\s+`)
	commentRe     = regexp.MustCompile(`(?s)<!--.*?-->|<![^>]*>`)
	scriptRe      = regexp.MustCompile(`(?is)<script\b.*?</script>|<style\b.*?</style>`)
	anyTagRe      = regexp.MustCompile(`</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>`)
	startTagRe    = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)\s*/?>`)
	attrRe        = regexp.MustCompile(`([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?`)
	h1Re          = regexp.MustCompile(`(?s)<h1\b[^>]*>(.*?)</h1>`)
)

// normText makes extracted text and page text comparable: the no-break
// spaces the generator puts into French text become spaces, a hyphen
// followed by whitespace (a word split at a line end) is joined, and all
// whitespace runs collapse to one space.
func normText(s string) string {
	s = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
	s = hyphenBreakRe.ReplaceAllString(s, "-")
	return strings.Join(strings.Fields(s), " ")
}

// inlineTags are replaced by nothing when a page is turned into text; every
// other tag separates words.
var inlineTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "cite": true, "code": true, "em": true,
	"i": true, "mark": true, "q": true, "small": true, "span": true,
	"strong": true, "sub": true, "sup": true, "time": true,
}

// htmlText is the normalised text of an HTML fragment.
func htmlText(s string) string {
	s = commentRe.ReplaceAllString(s, " ")
	s = scriptRe.ReplaceAllString(s, " ")
	s = anyTagRe.ReplaceAllStringFunc(s, func(tag string) string {
		name := strings.ToLower(anyTagRe.FindStringSubmatch(tag)[1])
		if inlineTags[name] {
			return ""
		}
		return " "
	})
	return normText(html.UnescapeString(s))
}

// foldCase lowercases and removes the accents of French letters, for
// comparing a title written in capitals without accents.
func foldCase(s string) string {
	r := strings.NewReplacer(
		"à", "a", "â", "a", "ä", "a", "ç", "c", "é", "e", "è", "e", "ê", "e", "ë", "e",
		"î", "i", "ï", "i", "ô", "o", "ö", "o", "ù", "u", "û", "u", "ü", "u", "œ", "oe",
	)
	return r.Replace(strings.ToLower(s))
}

func first80(s string) string {
	r := []rune(s)
	if len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}

// seedLines are the trimmed, non-blank lines of a seed document.
func seedLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// seedPara normalises one seed paragraph (its lines, marker already removed).
func seedPara(lines []string) string {
	return normText(strings.ReplaceAll(strings.Join(lines, "\n"), "*", ""))
}

// ---- seed 003: Mechelen Declaration (French) ----

var (
	mechelenMarkerRe = regexp.MustCompile(`^(?:\d+\.|[a-z]\.|o)\s+`)
	numberedRe       = regexp.MustCompile(`^\d+\.\s`)
)

func endsWithAny(s, chars string) bool {
	return s != "" && strings.ContainsRune(chars, []rune(s)[len([]rune(s))-1])
}

func allCaps(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0 && strings.ToUpper(s) == s
}

// parseMechelenSeed splits seed 003 into its title (the first line) and its
// paragraphs. Blank lines and line ends are extraction artefacts there, so a
// paragraph starts only
//   - at a marker line ("12. ", "a. ", "o "), the marker being removed;
//   - after a line ending a clause (. ; :), e.g. the unlettered second
//     paragraphs of 11 b and 11 c;
//   - at a section heading and after it: a line without final punctuation
//     that is in capitals or is followed by a numbered paragraph.
//
// Splitting too often is harmless (every piece of a paragraph is still a
// substring of the page); not splitting where the page has a block boundary
// would make the test fail.
func parseMechelenSeed(lines []string) (title string, paras []string, numbered int) {
	title = seedPara(lines[:1])
	var blocks [][]string
	prevHeading := false
	body := lines[1:]
	for i, l := range body {
		marker := mechelenMarkerRe.FindString(l)
		heading := marker == "" && !endsWithAny(l, ".;:,") &&
			(allCaps(l) || (i+1 < len(body) && numberedRe.MatchString(body[i+1])))
		start := len(blocks) == 0 || marker != "" || heading || prevHeading || endsWithAny(body[i-1], ".;:")
		if numberedRe.MatchString(l) {
			numbered++
		}
		text := strings.TrimPrefix(l, marker)
		if start {
			blocks = append(blocks, []string{text})
		} else {
			blocks[len(blocks)-1] = append(blocks[len(blocks)-1], text)
		}
		prevHeading = heading
	}
	for _, b := range blocks {
		paras = append(paras, seedPara(b))
	}
	return title, paras, numbered
}

// ---- seed 004: Düsseldorf Declaration (English original, French translation) ----

var bulletRe = regexp.MustCompile(`^-\s+`)

// parseDusseldorfSeed splits seed 004, where every non-blank line is a
// paragraph (a bullet "- " is removed), into the paragraphs of the English
// and of the French page. The English text runs up to the repeated document
// header ("Düsseldorf Declaration", "Living Together") that precedes the line
// "- traduction -"; the French text runs from that header to the signature
// section ("Düsseldorf Declaration Living Together"), whose statements come
// in pairs: "I …" in English, "J'…"/"Je …" in French; its other lines
// (heading, "Signature", name, place and date) belong to both pages.
func parseDusseldorfSeed(t *testing.T, lines []string) (en, fr []string) {
	t.Helper()
	tr := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "traduction") })
	if tr < 0 {
		t.Fatal("dusseldorf seed: no line marking the translation")
	}
	frStart := tr
	for frStart > 0 && lines[frStart] != lines[0] {
		frStart--
	}
	if frStart == 0 {
		t.Fatal("dusseldorf seed: no repeated header before the translation")
	}
	sig := slices.IndexFunc(lines[tr:], func(l string) bool { return strings.HasPrefix(l, lines[0]) })
	if sig < 0 {
		t.Fatal("dusseldorf seed: no signature section")
	}
	sig += tr
	para := func(l string) string {
		if l != lines[tr] { // "- traduction -" is no bullet
			l = bulletRe.ReplaceAllString(l, "")
		}
		return seedPara([]string{l})
	}
	for _, l := range lines[:frStart] {
		en = append(en, para(l))
	}
	for _, l := range lines[frStart:sig] {
		fr = append(fr, para(l))
	}
	for _, l := range lines[sig:] {
		switch {
		case strings.HasPrefix(l, "I "):
			en = append(en, para(l))
		case strings.HasPrefix(l, "J'"), strings.HasPrefix(l, "J’"), strings.HasPrefix(l, "Je "):
			fr = append(fr, para(l))
		default:
			en = append(en, para(l))
			fr = append(fr, para(l))
		}
	}
	return en, fr
}

// checkParas reports every seed paragraph that is not a substring of the
// page's text.
func checkParas(t *testing.T, path string, paras []string) {
	t.Helper()
	text := htmlText(archivePage(t, path))
	missing := 0
	for _, p := range paras {
		if !strings.Contains(text, p) {
			missing++
			t.Errorf("%s: seed paragraph missing: %q", path, first80(p))
		}
	}
	t.Logf("%s: %d seed paragraphs checked, %d missing", path, len(paras), missing)
}

func TestSeedFidelity(t *testing.T) {
	t.Run("mechelen-fr", func(t *testing.T) {
		const path = "fr/declarations/mechelen-2017/index.html"
		title, paras, numbered := parseMechelenSeed(seedLines(t, "mechelen-fr.txt"))
		if numbered != 53 {
			t.Errorf("seed 003: %d numbered paragraphs found, want 53", numbered)
		}
		// 53 numbered + 11 a-f and their 2 unlettered paragraphs + 50 a-c,
		// its sectors a-i and 3 bullets + the annex's headings.
		if len(paras) < 85 {
			t.Fatalf("seed 003: only %d paragraphs split off, want at least 85", len(paras))
		}
		checkParas(t, path, paras)
		// The seed's title line is in capitals without accents; the page
		// shows it, as the document's title, in its h1.
		m := h1Re.FindStringSubmatch(archivePage(t, path))
		if m == nil || foldCase(htmlText(m[1])) != foldCase(title) {
			t.Errorf("%s: h1 does not show the seed's title %q", path, title)
		}
	})
	t.Run("dusseldorf", func(t *testing.T) {
		en, fr := parseDusseldorfSeed(t, seedLines(t, "dusseldorf.txt"))
		if len(en) < 25 || len(fr) < 25 {
			t.Fatalf("seed 004: %d English and %d French paragraphs, want at least 25 each", len(en), len(fr))
		}
		checkParas(t, "en/declarations/dusseldorf-2019/index.html", en)
		checkParas(t, "fr/declarations/dusseldorf-2019/index.html", fr)
	})
}

// ---- anchors ----

// startTags calls fn for every start tag in s with its name, attributes and
// the offset just past the tag.
func startTags(s string, fn func(name string, attrs map[string]string, end int)) {
	for _, m := range startTagRe.FindAllStringSubmatchIndex(s, -1) {
		attrs := map[string]string{}
		for _, a := range attrRe.FindAllStringSubmatch(s[m[4]:m[5]], -1) {
			attrs[strings.ToLower(a[1])] = html.UnescapeString(a[2])
		}
		fn(strings.ToLower(s[m[2]:m[3]]), attrs, m[1])
	}
}

func hasClass(attrs map[string]string, class string) bool {
	return slices.Contains(strings.Fields(attrs["class"]), class)
}

// paraAnchors lists, in document order, the ids of the elements of class
// "para" (paragraph blocks, headings, list items) of a single-language page.
func paraAnchors(page string) []string {
	var ids []string
	startTags(page, func(_ string, attrs map[string]string, _ int) {
		if hasClass(attrs, "para") && attrs["id"] != "" {
			ids = append(ids, attrs["id"])
		}
	})
	return ids
}

var declarations = []string{"mechelen-2017", "dusseldorf-2019"}

func mechelenAnchors() []string {
	var want []string
	for n := 1; n <= 53; n++ {
		want = append(want, "p"+strconv.Itoa(n))
	}
	for _, c := range "abcdef" {
		want = append(want, "p11-"+string(c))
	}
	want = append(want, "p50-a", "p50-b", "p50-c")
	for _, c := range "abcdefghi" {
		want = append(want, "p50-c-"+string(c))
	}
	return want
}

func TestAnchorSetsMatch(t *testing.T) {
	for _, slug := range declarations {
		t.Run(slug, func(t *testing.T) {
			sets := map[string]map[string]bool{}
			for _, lang := range []string{"en", "fr"} {
				path := lang + "/declarations/" + slug + "/index.html"
				ids := paraAnchors(archivePage(t, path))
				if len(ids) < 10 {
					t.Fatalf("%s: only %d paragraph anchors", path, len(ids))
				}
				set := map[string]bool{}
				for _, id := range ids {
					if set[id] {
						t.Errorf("%s: anchor %q used twice", path, id)
					}
					set[id] = true
				}
				sets[lang] = set
				t.Logf("%s: %d paragraph anchors", path, len(ids))
			}
			for id := range sets["en"] {
				if !sets["fr"][id] {
					t.Errorf("anchor %q is on the English page only", id)
				}
			}
			for id := range sets["fr"] {
				if !sets["en"][id] {
					t.Errorf("anchor %q is on the French page only", id)
				}
			}
			if slug == "mechelen-2017" {
				for _, id := range mechelenAnchors() {
					if !sets["en"][id] || !sets["fr"][id] {
						t.Errorf("anchor %q is missing (en %v, fr %v)", id, sets["en"][id], sets["fr"][id])
					}
				}
			}
		})
	}
}

// ---- side-by-side pages ----

type sbsRow struct {
	id    string
	langs []string
	texts []string
}

// sbsRows parses the rows of a side-by-side page: a <div class="row …" id=…>
// holding only <div class="cell" lang=…> cells (which hold no div), closed
// by </div>.
func sbsRows(t *testing.T, path, page string) []sbsRow {
	t.Helper()
	var rows []sbsRow
	startTags(page, func(name string, attrs map[string]string, end int) {
		cls := strings.Fields(attrs["class"])
		if name != "div" || len(cls) == 0 || cls[0] != "row" || attrs["id"] == "" {
			return
		}
		row := sbsRow{id: attrs["id"]}
		rest := page[end:]
		for {
			rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
			if strings.HasPrefix(rest, "</div>") {
				break
			}
			m := startTagRe.FindStringSubmatchIndex(rest)
			if m == nil || m[0] != 0 || rest[m[2]:m[3]] != "div" {
				t.Errorf("%s: row %s: unexpected content %q", path, row.id, first80(rest))
				break
			}
			cell := map[string]string{}
			for _, a := range attrRe.FindAllStringSubmatch(rest[m[4]:m[5]], -1) {
				cell[a[1]] = a[2]
			}
			if !slices.Contains(strings.Fields(cell["class"]), "cell") {
				t.Errorf("%s: row %s: a div that is not a cell", path, row.id)
				break
			}
			body, after, ok := strings.Cut(rest[m[1]:], "</div>")
			if !ok || strings.Contains(body, "<div") {
				t.Errorf("%s: row %s: cell not closed before a nested div", path, row.id)
				break
			}
			row.langs = append(row.langs, cell["lang"])
			row.texts = append(row.texts, htmlText(body))
			rest = after
		}
		rows = append(rows, row)
	})
	return rows
}

func TestSideBySideAligned(t *testing.T) {
	for _, slug := range declarations {
		for _, pair := range [][2]string{{"en", "fr"}, {"fr", "en"}} {
			path := pair[0] + "/declarations/" + slug + "/" + pair[0] + "-" + pair[1] + "/index.html"
			t.Run(path, func(t *testing.T) {
				rows := sbsRows(t, path, archivePage(t, path))
				var ids []string
				for _, r := range rows {
					ids = append(ids, r.id)
					if len(r.langs) != 2 {
						t.Errorf("row %s: %d cells, want 2", r.id, len(r.langs))
						continue
					}
					if r.langs[0] != pair[0] || r.langs[1] != pair[1] {
						t.Errorf("row %s: cells in languages %v, want %v", r.id, r.langs, pair)
					}
					for i, text := range r.texts {
						if text == "" {
							t.Errorf("row %s: %s cell is empty", r.id, r.langs[i])
						}
					}
				}
				want := paraAnchors(archivePage(t, pair[0]+"/declarations/"+slug+"/index.html"))
				if !slices.Equal(ids, want) {
					t.Errorf("row ids differ from the paragraph anchors of the %s page\n rows:    %v\n anchors: %v", pair[0], ids, want)
				}
				t.Logf("%s: %d rows", path, len(rows))
			})
		}
	}
}
