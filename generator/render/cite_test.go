package render

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/concord-archive/concord/generator/config"
	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/site"
)

// hostile are values that try to end a field or a record early, in every
// format at once: braces, a backslash, TeX specials, quotes, line breaks,
// a RIS tag and a BibTeX entry of their own.
var hostile = []string{
	"Plain title",
	"Braces } and { unbalanced }}",
	`Back\slash \} \{ and "quotes" 'too'`,
	"TeX # $ % & _ ^ ~ specials",
	"Line\nbreak\r\nER  - \r\nTY  - JOUR",
	"},\n  note = {injected}\n}\n@misc{evil,",
	"Tab\tand\u2028separator\x00null",
	"Accents: Déclaration de Düsseldorf « vivre ensemble » — 17 novembre",
	"<script>alert('x')</script>",
}

func hostileWork(s string) *work {
	return &work{ID: "x-2017-en", Lang: "en", Title: s, Authors: []string{s, "City of Mechelen"},
		Date: content.Date{Year: 2017, Month: 11, Day: 17}, Place: s, Event: s, Summary: s,
		Publisher: "Archive " + s, URL: "https://archive.example.org/en/declarations/x/",
		Adopted: "Adopted at " + s, Note: s, LangID: "english", Tags: []string{"migration"}}
}

func TestBibTeXEscaping(t *testing.T) {
	for _, s := range hostile {
		data, err := bibtex(hostileWork(s))
		if err != nil {
			t.Fatal(err)
		}
		entry, err := parseBibTeX(string(data))
		if err != nil {
			t.Errorf("%q: %v in\n%s", s, err, data)
			continue
		}
		want := collapseSpace(s)
		if entry.typ != "misc" || entry.key != "x-2017-en" {
			t.Errorf("%q: entry @%s{%s}", s, entry.typ, entry.key)
		}
		if got := untex(unbrace(entry.fields["title"], 2)); got != want {
			t.Errorf("%q: title reads back as %q", s, got)
		}
		authors := splitAuthors(unbrace(entry.fields["author"], 1))
		if len(authors) != 2 || untex(unbrace(authors[0], 1)) != want || authors[1] != "{City of Mechelen}" {
			t.Errorf("%q: authors read back as %q", s, authors)
		}
		if entry.fields["year"] != "{2017}" || entry.fields["month"] != "nov" {
			t.Errorf("%q: year %s month %s", s, entry.fields["year"], entry.fields["month"])
		}
	}
}

func TestRISEscaping(t *testing.T) {
	for _, s := range hostile {
		data, _ := ris(hostileWork(s))
		fields, err := parseRIS(string(data))
		if err != nil {
			t.Errorf("%q: %v in\n%q", s, err, data)
			continue
		}
		want := collapseSpace(s)
		if fields["TI"][0] != want || fields["CY"][0] != want || fields["AB"][0] != want {
			t.Errorf("%q: TI %q CY %q AB %q", s, fields["TI"], fields["CY"], fields["AB"])
		}
		if au := fields["AU"]; len(au) != 2 || au[0] != strings.ReplaceAll(want, "*", "") || au[1] != "City of Mechelen" {
			t.Errorf("%q: AU %q", s, au)
		}
		if fields["TY"][0] != "GEN" || fields["PY"][0] != "2017" || fields["DA"][0] != "2017/11/17/" || fields["LA"][0] != "en" {
			t.Errorf("%q: TY %q PY %q DA %q LA %q", s, fields["TY"], fields["PY"], fields["DA"], fields["LA"])
		}
	}
}

func TestCSLJSON(t *testing.T) {
	for _, s := range hostile {
		data, err := cslJSON(hostileWork(s))
		if err != nil {
			t.Fatal(err)
		}
		var items []struct {
			ID, Type, Title, URL, Language string
			Author                         []map[string]string
			Issued                         map[string][][]int
			EventTitle                     string `json:"event-title"`
			EventPlace                     string `json:"event-place"`
		}
		var raw []map[string]any
		if err := json.Unmarshal(data, &raw); err != nil || len(raw) != 1 {
			t.Fatalf("%q: %v", s, err)
		}
		if err := json.Unmarshal(data, &items); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		it := items[0]
		if it.ID != "x-2017-en" || it.Type != "document" || it.Title != s || it.EventTitle != s || it.EventPlace != s ||
			it.URL != "https://archive.example.org/en/declarations/x/" || it.Language != "en" {
			t.Errorf("%q: item %+v", s, it)
		}
		if len(it.Author) != 2 || !reflect.DeepEqual(it.Author[0], map[string]string{"literal": s}) {
			t.Errorf("%q: authors %v; want literal names", s, it.Author)
		}
		if !reflect.DeepEqual(it.Issued["date-parts"], [][]int{{2017, 11, 17}}) {
			t.Errorf("%q: issued %v", s, it.Issued)
		}
	}
}

// TestPartialDates: a date known only to the month or the year says only
// that in every format.
func TestPartialDates(t *testing.T) {
	tests := []struct {
		date          content.Date
		ris, bibMonth string
		parts         []int
		scholar       string
	}{
		{content.Date{Year: 2016, Month: 6}, "2016/06//", "jun", []int{2016, 6}, "2016/06"},
		{content.Date{Year: 2016}, "2016///", "", []int{2016}, "2016"},
	}
	for _, tt := range tests {
		w := hostileWork("x")
		w.Date = tt.date
		risData, _ := ris(w)
		fields, err := parseRIS(string(risData))
		if err != nil || fields["DA"][0] != tt.ris {
			t.Errorf("%v: RIS DA %q (%v); want %q", tt.date, fields["DA"], err, tt.ris)
		}
		bib, _ := bibtex(w)
		entry, err := parseBibTeX(string(bib))
		if err != nil || entry.fields["month"] != tt.bibMonth {
			t.Errorf("%v: BibTeX month %q (%v); want %q", tt.date, entry.fields["month"], err, tt.bibMonth)
		}
		csl, _ := cslJSON(w)
		var items []struct{ Issued map[string][][]int }
		if err := json.Unmarshal(csl, &items); err != nil || len(items) != 1 || len(items[0].Issued["date-parts"]) != 1 {
			t.Fatalf("%v: CSL-JSON %s (%v)", tt.date, csl, err)
		}
		if !reflect.DeepEqual(items[0].Issued["date-parts"][0], tt.parts) {
			t.Errorf("%v: date-parts %v; want %v", tt.date, items[0].Issued, tt.parts)
		}
		var r Renderer
		tags := r.citationTags(w)
		if tags[len(w.Authors)+1].Key != "citation_publication_date" || tags[len(w.Authors)+1].Content != tt.scholar {
			t.Errorf("%v: citation tags %v; want the date %s", tt.date, tags, tt.scholar)
		}
	}
}

// TestCiteFileNames: package site refuses attachments with the names of
// the downloads, and must know them all.
func TestCiteFileNames(t *testing.T) {
	if got := citeFileNames(); !reflect.DeepEqual(got, site.CitationFiles) {
		t.Errorf("downloads %v; site.CitationFiles %v", got, site.CitationFiles)
	}
}

func TestParaNumber(t *testing.T) {
	tests := []struct{ id, number, want string }{
		{"p11", "11", "11"},
		{"p11-a", "a", "11(a)"},
		{"p50-c-i", "i", "50(c)(i)"},
		{"s1-3", "", ""},
		{"s2", "", ""},
		{"px", "x", ""},
	}
	for _, tt := range tests {
		if got := paraNumber(tt.id, tt.number); got != tt.want {
			t.Errorf("paraNumber(%q, %q) = %q; want %q", tt.id, tt.number, got, tt.want)
		}
	}
}

// testRenderer is a renderer with the default theme's words, for the
// citation text, which comes from them.
func testRenderer(t *testing.T) *Renderer {
	t.Helper()
	cfg := &config.Config{BaseURL: "https://archive.example.org/", DefaultLanguage: "en", Languages: []config.Language{
		{Code: "en", Name: "English", Title: "Cities and Migration Archive", DateFormat: "2 January 2006"},
		{Code: "fr", Name: "Français", Title: "Archive Villes et migrations", DateFormat: "2 January 2006"},
	}}
	theme, problems := LoadTheme(os.DirFS("../../themes/default"), "themes/default", cfg.Codes())
	if problems.HasErrors() {
		t.Fatalf("theme: %v", problems)
	}
	return New(&site.Site{Config: cfg}, theme)
}

func TestCitationText(t *testing.T) {
	r := testRenderer(t)
	mechelen := func(lang string, authors ...string) *work {
		w := &work{Lang: lang, Title: "Mechelen Declaration on Cities and Migration", Authors: authors,
			Date: content.Date{Year: 2017, Month: 11, Day: 17}, Publisher: "Cities and Migration Archive",
			URL: "https://archive.example.org/" + lang + "/declarations/mechelen-2017/"}
		w.Adopted = r.adopted("Mechelen", w.Date, lang)
		w.Note = r.word(lang, "cite_unofficial_translation")
		return w
	}
	tests := []struct {
		w            *work
		para, anchor string
		want         string
	}{
		{mechelen("en", "City of Mechelen", "UCLG", "IOM"), "", "",
			"City of Mechelen et al. (2017). Mechelen Declaration on Cities and Migration. Adopted at Mechelen, 17 November 2017. Unofficial English translation. Cities and Migration Archive. https://archive.example.org/en/declarations/mechelen-2017/"},
		{mechelen("en", "City of Mechelen", "UCLG"), "para.\u00a011(a)", "p11-a",
			"City of Mechelen and UCLG (2017). Mechelen Declaration on Cities and Migration, para.\u00a011(a). Adopted at Mechelen, 17 November 2017. Unofficial English translation. Cities and Migration Archive. https://archive.example.org/en/declarations/mechelen-2017/#p11-a"},
		{mechelen("fr", "Ville de Malines"), "§\u00a011", "p11",
			"Ville de Malines (2017). Mechelen Declaration on Cities and Migration, §\u00a011. Adoptée à Mechelen, 17 novembre 2017. Traduction française non officielle. Cities and Migration Archive. https://archive.example.org/fr/declarations/mechelen-2017/#p11"},
		{mechelen("en"), "", "",
			"Mechelen Declaration on Cities and Migration (2017). Adopted at Mechelen, 17 November 2017. Unofficial English translation. Cities and Migration Archive. https://archive.example.org/en/declarations/mechelen-2017/"},
	}
	for _, tt := range tests {
		c := r.citationText(tt.w, tt.para, tt.anchor)
		if c.Text != tt.want {
			t.Errorf("citation:\n got %q\nwant %q", c.Text, tt.want)
		}
		if c.Before+c.Title+c.After+c.URL != c.Text || c.Title != tt.w.Title {
			t.Errorf("parts %q %q %q %q do not make the text", c.Before, c.Title, c.After, c.URL)
		}
	}
	// A title that ends a sentence gets no second full stop.
	w := mechelen("en", "A")
	w.Title = "Living together?"
	if c := r.citationText(w, "", ""); !strings.Contains(c.Text, "Living together? Adopted") {
		t.Errorf("question title: %q", c.Text)
	}
}

// ---- strict readers of the formats ----

type bibEntry struct {
	typ, key string
	fields   map[string]string // raw values: {…} with their braces, or a bare word
}

var (
	bibHead  = regexp.MustCompile(`^@([a-z]+)\{([A-Za-z0-9_:.-]+),\n`)
	bibField = regexp.MustCompile(`^  ([a-z]+) *= `)
	bibWord  = regexp.MustCompile(`^[a-z0-9]+`)
)

// parseBibTeX reads one entry as BibTeX does: braces nest and count even
// after a backslash, and the entry must end at the file's end.
func parseBibTeX(s string) (bibEntry, error) {
	m := bibHead.FindStringSubmatch(s)
	if m == nil {
		return bibEntry{}, fmt.Errorf("no entry head")
	}
	e := bibEntry{typ: m[1], key: m[2], fields: map[string]string{}}
	s = s[len(m[0]):]
	for !strings.HasPrefix(s, "}") {
		f := bibField.FindStringSubmatch(s)
		if f == nil {
			return e, fmt.Errorf("expected a field at %q", clipStr(s))
		}
		s = s[len(f[0]):]
		var value string
		if strings.HasPrefix(s, "{") {
			end, err := braceEnd(s)
			if err != nil {
				return e, fmt.Errorf("field %s: %v", f[1], err)
			}
			value, s = s[:end], s[end:]
		} else if value = bibWord.FindString(s); value != "" {
			s = s[len(value):]
		} else {
			return e, fmt.Errorf("field %s: no value at %q", f[1], clipStr(s))
		}
		if !strings.HasPrefix(s, ",\n") {
			return e, fmt.Errorf("field %s: no comma and line end after its value, at %q", f[1], clipStr(s))
		}
		if _, dup := e.fields[f[1]]; dup {
			return e, fmt.Errorf("field %s twice", f[1])
		}
		e.fields[f[1]], s = value, s[2:]
	}
	if s != "}\n" {
		return e, fmt.Errorf("text after the entry: %q", clipStr(s))
	}
	return e, nil
}

// braceEnd is the offset just past the brace that closes s's first one.
func braceEnd(s string) (int, error) {
	depth := 0
	for i, c := range s {
		switch c {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i + 1, nil
			}
		case '\n':
			return 0, fmt.Errorf("line break inside a value")
		}
	}
	return 0, fmt.Errorf("unbalanced braces")
}

func unbrace(s string, n int) string {
	for range n {
		s = strings.TrimSuffix(strings.TrimPrefix(s, "{"), "}")
	}
	return s
}

// splitAuthors splits on " and " outside braces, as BibTeX does.
func splitAuthors(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
		}
		if depth == 0 && strings.HasPrefix(s[i:], " and ") {
			out = append(out, s[start:i])
			start = i + len(" and ")
		}
	}
	return append(out, s[start:])
}

// untex undoes texEscape, to show that nothing was lost.
func untex(s string) string {
	return strings.NewReplacer(`\textbackslash{}`, `\`, `\textbraceleft{}`, "{", `\textbraceright{}`, "}",
		`\textasciicircum{}`, "^", `\textasciitilde{}`, "~", `\&`, "&", `\%`, "%", `\$`, "$", `\#`, "#", `\_`, "_").Replace(s)
}

var risLine = regexp.MustCompile(`^([A-Z][A-Z0-9])  - (.*)$`)

// parseRIS reads one record strictly: CR LF after every line, "XX  - "
// tags, TY first and ER last, no other line break anywhere.
func parseRIS(s string) (map[string][]string, error) {
	if !strings.HasSuffix(s, "\r\n") {
		return nil, fmt.Errorf("no CR LF at the end")
	}
	lines := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	fields := map[string][]string{}
	for i, l := range lines {
		m := risLine.FindStringSubmatch(l)
		if m == nil || strings.ContainsAny(l, "\r\n") {
			return nil, fmt.Errorf("line %d is not a RIS field: %q", i+1, l)
		}
		if (m[1] == "TY") != (i == 0) || (m[1] == "ER") != (i == len(lines)-1) {
			return nil, fmt.Errorf("line %d: %s out of place", i+1, m[1])
		}
		fields[m[1]] = append(fields[m[1]], m[2])
	}
	return fields, nil
}

func clipStr(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// FuzzCiteFormats: whatever the front matter holds, each download stays
// one well-formed record that gives the title back.
func FuzzCiteFormats(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := hostileWork(s)
		bib, _ := bibtex(w)
		entry, err := parseBibTeX(string(bib))
		if err != nil {
			t.Fatalf("BibTeX of %q: %v\n%s", s, err, bib)
		}
		if got := untex(unbrace(entry.fields["title"], 2)); got != collapseSpace(s) {
			t.Fatalf("BibTeX title of %q reads back as %q", s, got)
		}
		risData, _ := ris(w)
		if _, err := parseRIS(string(risData)); err != nil {
			t.Fatalf("RIS of %q: %v\n%q", s, err, risData)
		}
		csl, err := cslJSON(w)
		var items []map[string]any
		if err != nil || json.Unmarshal(csl, &items) != nil || len(items) != 1 {
			t.Fatalf("CSL-JSON of %q: %v\n%s", s, err, csl)
		}
	})
}
