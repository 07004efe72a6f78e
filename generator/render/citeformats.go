package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// The three download formats of a citation. Each writes one record from a
// work; every value passes through the format's own escaping, so a title
// with braces, quotes or a line break cannot end a field or a record early.

// bibtex writes a @misc entry in UTF-8, for biblatex with biber (which
// read UTF-8 natively) and for reference managers (Zotero, JabRef). Classic
// BibTeX reads it too, with \usepackage[utf8]{inputenc}. Every author is a
// corporate name, braced so that BibTeX does not split it into first and
// last names; the title is braced so that styles keep its capitals.
func bibtex(w *work) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("@misc{" + bibKey(w.ID) + ",\n")
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(&b, "  %-12s = %s,\n", name, value)
		}
	}
	authors := make([]string, len(w.Authors))
	for i, a := range w.Authors {
		authors[i] = "{" + texEscape(a) + "}"
	}
	if len(authors) > 0 {
		field("author", "{"+strings.Join(authors, " and ")+"}")
	}
	field("title", "{{"+texEscape(w.Title)+"}}")
	if !w.Date.IsZero() {
		field("year", "{"+strconv.Itoa(w.Date.Year)+"}")
	}
	if w.Date.Month > 0 {
		field("month", bibMonths[w.Date.Month-1]) // a macro: styles print it in their language
	}
	field("howpublished", braced(w.Publisher))
	field("location", braced(w.Place))
	field("note", braced(joinSentences(w.Adopted, w.Note)))
	field("abstract", braced(w.Summary))
	field("langid", braced(w.LangID))
	if w.URL != "" {
		field("url", "{"+bibURL(w.URL)+"}") // verbatim in biblatex: not TeX-escaped
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

var bibMonths = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

func braced(s string) string {
	if s == "" {
		return ""
	}
	return "{" + texEscape(s) + "}"
}

// texEscape makes s safe inside a braced BibTeX field. BibTeX counts
// braces even after a backslash, so "\{" would still unbalance the field:
// braces become \textbraceleft{} and \textbraceright{}. The other TeX
// specials are escaped, and line breaks and control characters become
// spaces (a blank line would end the field for some parsers).
func texEscape(s string) string {
	var b strings.Builder
	for _, c := range collapseSpace(s) {
		switch c {
		case '\\':
			b.WriteString(`\textbackslash{}`)
		case '{':
			b.WriteString(`\textbraceleft{}`)
		case '}':
			b.WriteString(`\textbraceright{}`)
		case '^':
			b.WriteString(`\textasciicircum{}`)
		case '~':
			b.WriteString(`\textasciitilde{}`)
		case '&', '%', '$', '#', '_':
			b.WriteString(`\` + string(c))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// bibURL percent-encodes what a braced url field cannot hold as is.
func bibURL(u string) string {
	return strings.NewReplacer("{", "%7B", "}", "%7D", `\`, "%5C", " ", "%20").Replace(u)
}

// bibKey keeps the characters BibTeX allows in a citation key.
func bibKey(id string) string {
	return strings.Map(func(c rune) rune {
		if c < 0x80 && (unicode.IsLetter(c) || unicode.IsDigit(c) || strings.ContainsRune("-_:.", c)) {
			return c
		}
		return -1
	}, id)
}

// ris writes one RIS record as the format's specification asks: "TY  - "
// first and "ER  - " last, one "XX  - value" line per field, each ending
// in CR LF, in UTF-8 (which Zotero, EndNote and Mendeley read). GEN, a
// generic document, matches the "document" type of the CSL-JSON file: a
// declaration of cities is neither a statute nor a government report.
func ris(w *work) ([]byte, error) {
	var b bytes.Buffer
	line := func(tag, value string) {
		if value = collapseSpace(value); value != "" {
			b.WriteString(tag + "  - " + value + "\r\n")
		}
	}
	line("TY", "GEN")
	line("TI", w.Title)
	for _, a := range w.Authors {
		line("AU", strings.ReplaceAll(a, "*", "")) // the specification forbids * in names
	}
	if !w.Date.IsZero() {
		line("PY", strconv.Itoa(w.Date.Year))
		line("DA", risDate(w))
	}
	line("CY", w.Place)
	line("PB", w.Publisher)
	line("LA", w.Lang)
	line("AB", w.Summary)
	line("N1", joinSentences(w.Adopted, w.Note))
	for _, t := range w.Tags {
		line("KW", strings.ReplaceAll(t, "*", ""))
	}
	line("UR", w.URL)
	b.WriteString("ER  - \r\n")
	return b.Bytes(), nil
}

// risDate is the specification's YYYY/MM/DD/ form, with empty parts for
// what is not known: 2016/06//.
func risDate(w *work) string {
	d := w.Date
	s := fmt.Sprintf("%04d/", d.Year)
	if d.Month > 0 {
		s += fmt.Sprintf("%02d", d.Month)
	}
	s += "/"
	if d.Day > 0 {
		s += fmt.Sprintf("%02d", d.Day)
	}
	return s + "/"
}

// cslItem is a CSL-JSON item (citeproc-js, pandoc, Zotero). Field order is
// fixed by the struct, so the file is the same on every build.
type cslItem struct {
	ID            string    `json:"id"`
	Type          string    `json:"type"`
	Title         string    `json:"title"`
	OriginalTitle string    `json:"original-title,omitempty"`
	Author        []cslName `json:"author,omitempty"`
	Issued        *cslDate  `json:"issued,omitempty"`
	EventTitle    string    `json:"event-title,omitempty"`
	EventPlace    string    `json:"event-place,omitempty"`
	Publisher     string    `json:"publisher,omitempty"`
	Language      string    `json:"language,omitempty"`
	Abstract      string    `json:"abstract,omitempty"`
	Note          string    `json:"note,omitempty"`
	Keyword       string    `json:"keyword,omitempty"`
	URL           string    `json:"URL"`
}

// cslName is an author; institutions are "literal" names, never split
// into family and given names.
type cslName struct {
	Literal string `json:"literal"`
}

type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

// cslJSON writes a CSL-JSON file: an array holding the one item, as
// citeproc and pandoc expect a bibliography file to be.
func cslJSON(w *work) ([]byte, error) {
	it := cslItem{ID: w.ID, Type: "document", Title: w.Title, EventTitle: w.Event, EventPlace: w.Place,
		Publisher: w.Publisher, Language: w.Lang, Abstract: w.Summary, Note: joinSentences(w.Adopted, w.Note),
		Keyword: strings.Join(w.Tags, ", "), URL: w.URL}
	if w.Translation != "" && w.OrigTitle != w.Title {
		it.OriginalTitle = w.OrigTitle
	}
	for _, a := range w.Authors {
		it.Author = append(it.Author, cslName{Literal: a})
	}
	if d := w.Date; !d.IsZero() {
		parts := []int{d.Year}
		if d.Month > 0 {
			parts = append(parts, d.Month)
			if d.Day > 0 {
				parts = append(parts, d.Day)
			}
		}
		it.Issued = &cslDate{DateParts: [][]int{parts}}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // a file of its own, never inside HTML
	enc.SetIndent("", "  ")
	err := enc.Encode([]cslItem{it})
	return b.Bytes(), err
}

// joinSentences joins the non-empty parts as sentences, without the last
// full stop, which each format adds or not.
func joinSentences(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, strings.TrimSuffix(p, "."))
		}
	}
	return strings.Join(out, ". ")
}

// collapseSpace turns line breaks, tabs and other control characters into
// spaces and collapses runs of spaces: a field of these formats is one line.
// Bytes that are not UTF-8 become U+FFFD, as the files are UTF-8.
func collapseSpace(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Join(strings.FieldsFunc(s, func(c rune) bool {
		return unicode.IsSpace(c) || unicode.IsControl(c) || c == '\u2028' || c == '\u2029'
	}), " ")
}
