package render

import (
	"path"
	"strconv"
	"strings"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/site"
)

// Citation. Each declaration can be cited, in each of its languages, as a
// whole or paragraph by paragraph. One record, the work, feeds every form
// a citation takes: the text of the page's Cite section, the paragraph
// citations, the BibTeX, RIS and CSL-JSON downloads and the citation_*
// tags of the page's head, so that they never disagree. Nothing in it
// comes from the clock (no "accessed on" date): the output stays the same
// for the same input.

// work is one language version of a declaration as a bibliographic record.
type work struct {
	ID      string // BibTeX key and CSL id: "mechelen-2017-en"
	Lang    string
	Title   string
	Authors []string // corporate authors: the signatories, or else the event
	Date    content.Date
	Place   string
	Event   string // the event's title in Lang
	// Translation is "official" or "unofficial" on a translation, "" on
	// the original, whose title OrigTitle then repeats.
	Translation string
	OrigTitle   string
	Summary     string
	Publisher   string // the archive's title in Lang
	URL         string // the page's absolute URL
	PDF         string // the first PDF attachment, for the page head only: the downloads show front matter alone
	Adopted     string // "Adopted at Mechelen, 17 November 2017"
	Note        string // "Unofficial English translation"
	LangID      string // the language's name for biblatex: "english"
	Tags        []string
}

// work makes the record of d in lang, which must be one of its languages.
func (r *Renderer) work(d *site.Document, lang string) *work {
	f := d.In(lang)
	w := &work{ID: d.Key.Slug + "-" + lang, Lang: lang, Title: f.Meta.Title, Date: d.Meta.Date,
		Place: d.Meta.Place, Translation: f.Meta.Translation, OrigTitle: d.Orig.Meta.Title,
		Summary: f.Meta.Summary, URL: r.AbsURL(DocPath(lang, d.Key)),
		LangID: r.word(lang, "cite_langid"), Tags: d.Meta.Tags}
	if l, ok := r.site.Config.Lang(lang); ok {
		w.Publisher = l.Title
	}
	w.Authors = d.Meta.Signatories
	if d.Event != nil {
		w.Event = d.Event.Title(lang)
		// A declaration adopted at a conference without a list of
		// signatories is entered, as libraries do, under the conference
		// as its corporate author.
		if len(w.Authors) == 0 {
			w.Authors = []string{w.Event}
		}
	}
	for _, a := range d.Attachments {
		if strings.EqualFold(path.Ext(a), ".pdf") {
			w.PDF = r.AbsURL(DocPath(lang, d.Key) + a)
			break
		}
	}
	w.Adopted = r.adopted(w.Place, w.Date, lang)
	switch w.Translation {
	case "official":
		w.Note = r.word(lang, "cite_official_translation")
	case "unofficial":
		w.Note = r.word(lang, "cite_unofficial_translation")
	}
	return w
}

// adopted is the sentence that says where and when: "Adopted at Mechelen,
// 17 November 2017", a dateline as both languages write it.
func (r *Renderer) adopted(place string, date content.Date, lang string) string {
	when := r.formatDate(date, lang)
	switch {
	case place != "" && when != "":
		return r.word(lang, "cite_adopted_at") + " " + place + ", " + when
	case place != "":
		return r.word(lang, "cite_adopted_at") + " " + place
	case when != "":
		return r.word(lang, "cite_adopted") + ", " + when
	}
	return ""
}

// CiteSection is what the Cite section of a declaration's page shows.
type CiteSection struct {
	Doc   CitationText
	Paras []ParaCitation
	Files []Link // the BibTeX, RIS and CSL-JSON downloads
}

// CitationText is a citation in parts, so that the template can mark the
// title up as <cite> and the URL as a link; Text is all of it as plain text.
type CitationText struct {
	Before, Title, After, URL string
	Text                      string
}

// ParaCitation is the citation of one paragraph. The paragraph's Cite link
// targets ID, and the stylesheet shows only the targeted one (:target), so
// citing a paragraph needs no script.
type ParaCitation struct {
	ID    string // "cite-p11-a"
	Label string // "Cite paragraph 11(a)", or "Cite this passage"
	Text  CitationText
}

// ParaCite is a paragraph's link to its citation.
type ParaCite struct {
	Href  string // "#cite-p11-a"
	Text  string // "Cite"
	Label string // its accessible name: "Cite paragraph 11(a)"
}

// citeView fills the Cite section of a declaration's page, and gives each
// paragraph a link to its own citation.
func (r *Renderer) citeView(v *View) {
	d := v.Page.Doc
	if d.Key.Section != "declarations" || v.Doc == nil {
		return
	}
	w := r.work(d, v.Lang)
	c := &CiteSection{Doc: r.citationText(w, "", "")}
	for _, f := range citeFiles {
		c.Files = append(c.Files, Link{Label: f.label, Href: r.URL(DocPath(v.Lang, d.Key) + f.name)})
	}
	c.Paras = r.citeParas(v.Doc, w)
	v.Cite = c
}

// citeParas links each paragraph of dv (headings aside) to its citation,
// and returns the citations, in the order of the text.
func (r *Renderer) citeParas(dv *DocView, w *work) []ParaCitation {
	var cites []ParaCitation
	for gi := range dv.Groups {
		paras := dv.Groups[gi].Paras
		for pi := range paras {
			p := &paras[pi]
			if p.Kind == "heading" {
				continue
			}
			// A paragraph without a number is cited by its URL alone:
			// the anchor is its only locator.
			label, locator := r.word(w.Lang, "cite_this_passage"), ""
			if num := paraNumber(p.ID, p.Number); num != "" {
				label = r.word(w.Lang, "cite_paragraph") + " " + num
				locator = r.word(w.Lang, "cite_para") + "\u00a0" + num
			}
			cites = append(cites, ParaCitation{ID: "cite-" + p.ID, Label: label, Text: r.citationText(w, locator, p.ID)})
			p.Cite = &ParaCite{Href: "#cite-" + p.ID, Text: r.word(w.Lang, "cite_title"), Label: label}
		}
	}
	return cites
}

// paraNumber is how a citation names a numbered paragraph: "11", "11(a)",
// "50(c)(i)", from its anchor, which is the same in every language. Blocks
// without a number (recitals, bullets) have none.
func paraNumber(id, number string) string {
	if number == "" || !strings.HasPrefix(id, "p") {
		return ""
	}
	parts := strings.Split(strings.TrimPrefix(id, "p"), "-")
	if _, err := strconv.Atoi(parts[0]); err != nil {
		return ""
	}
	num := parts[0]
	for _, p := range parts[1:] {
		num += "(" + p + ")"
	}
	return num
}

// citationText writes the citation of w, or of one of its paragraphs when
// para ("para. 11") and anchor ("p11") are set:
//
//	Authors (2017). Title, para. 11. Adopted at …. Note. Archive. URL
//
// A work without authors starts with its title, as author-date styles do.
func (r *Renderer) citationText(w *work, para, anchor string) CitationText {
	year := strconv.Itoa(w.Date.Year)
	if w.Date.IsZero() {
		year = r.word(w.Lang, "cite_no_date")
	}
	var c CitationText
	if len(w.Authors) > 0 {
		c.Before = r.authorList(w.Authors, w.Lang) + " (" + year + "). "
	}
	c.Title = w.Title
	var after strings.Builder
	if len(w.Authors) == 0 {
		after.WriteString(" (" + year + ")")
	}
	if para != "" {
		after.WriteString(", " + para)
	}
	if after.Len() > 0 || !endsSentence(w.Title) {
		after.WriteString(".")
	}
	for _, s := range []string{w.Adopted, w.Note, w.Publisher} {
		if s != "" {
			after.WriteString(" " + s)
			if !endsSentence(s) {
				after.WriteString(".")
			}
		}
	}
	after.WriteString(" ")
	c.After = after.String()
	c.URL = w.URL
	if anchor != "" {
		c.URL += "#" + anchor
	}
	c.Text = c.Before + c.Title + c.After + c.URL
	return c
}

// authorList names one or two authors, and the first of three or more
// followed by "et al.".
func (r *Renderer) authorList(authors []string, lang string) string {
	switch len(authors) {
	case 1:
		return authors[0]
	case 2:
		return authors[0] + " " + r.word(lang, "cite_and") + " " + authors[1]
	}
	return authors[0] + " " + r.word(lang, "cite_et_al")
}

func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}
