package render

import (
	"html/template"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/markdown"
	"github.com/concord-archive/concord/generator/site"
)

func (r *Renderer) docView(v *View) {
	d := v.Page.Doc
	v.Doc = r.docFile(d, v.Lang)
	v.Title, v.Summary, v.Entries = v.Doc.Title, v.Doc.Summary, v.Doc.Timeline
	v.Alternates, v.Switch = r.docAlternates(d, v.Lang)
	r.citeView(v)
}

// stubView is the page of a language a document has no translation in: it
// shows only the title and a link to the original, so it skips the blocks,
// timeline and citations docFile would prepare.
func (r *Renderer) stubView(v *View) {
	d := v.Page.Doc
	v.Doc = &DocView{D: d, File: d.Orig, Lang: d.Orig.Lang, Title: d.Orig.Meta.Title,
		OrigLang: langName(r.site.Config, d.Orig.Lang), OrigHref: r.URL(DocPath(d.Orig.Lang, d.Key))}
	v.Title, v.NoIndex = v.Doc.Title, true
	v.Alternates, v.Switch = r.docAlternates(d, v.Lang)
}

// parallelView pairs the blocks of two languages row by row. site.Build
// has checked that both have the same blocks, in the same order.
func (r *Renderer) parallelView(v *View) {
	d := v.Page.Doc
	v.Doc, v.Other = r.docHead(d, v.Lang), r.docHead(d, v.Page.Other)
	v.Title = v.Doc.Title
	left, right := d.In(v.Lang).Body.Blocks, d.In(v.Page.Other).Body.Blocks
	words := r.paraWordsFor(d, v.Lang, "")
	v.Rows = make([]Row, 0, len(left))
	for i, b := range left {
		row := Row{ID: b.ID, Number: b.Number, Kind: kindName(b.Kind), Depth: b.Depth, Level: b.Level, SelfLabel: words.selfLabel(b)}
		row.Cells = append(row.Cells, Cell{Lang: v.Lang, Level: b.Level, HTML: template.HTML(b.HTML)})
		if i < len(right) {
			row.Cells = append(row.Cells, Cell{Lang: v.Page.Other, Level: right[i].Level, HTML: template.HTML(right[i].HTML)})
		}
		v.Rows = append(v.Rows, row)
	}
	v.Alternates, v.Switch = r.parallelAlternates(d, v.Lang, v.Page.Other)
}

// docAlternates are a document's page in each language. A language without
// a translation gets no hreflang alternate, and its switcher entry leads to
// the stub page that says so.
func (r *Renderer) docAlternates(d *site.Document, lang string) (alts, switcher []Alt) {
	for _, code := range r.site.Config.Codes() {
		a := Alt{Lang: code, Name: langName(r.site.Config, code), Href: r.AbsURL(DocPath(code, d.Key)), Missing: d.In(code) == nil}
		if !a.Missing {
			alts = append(alts, a)
		}
		if code != lang {
			a.Href = r.URL(DocPath(code, d.Key))
			switcher = append(switcher, a)
		}
	}
	return alts, switcher
}

// parallelAlternates: the side-by-side page with the other language first.
func (r *Renderer) parallelAlternates(d *site.Document, lang, other string) (alts, switcher []Alt) {
	for _, pair := range [][2]string{{lang, other}, {other, lang}} {
		path := DocPath(pair[0], d.Key) + pair[0] + "-" + pair[1] + "/"
		a := Alt{Lang: pair[0], Name: langName(r.site.Config, pair[0]), Href: r.AbsURL(path)}
		alts = append(alts, a)
		if pair[0] != lang {
			a.Href = r.URL(path)
			switcher = append(switcher, a)
		}
	}
	return alts, switcher
}

// docHead prepares what a page shows of one language file of a document
// besides its text: title, dates, translation status and links. A
// side-by-side page needs only this, for both its languages.
func (r *Renderer) docHead(d *site.Document, lang string) *DocView {
	f := d.In(lang)
	dv := &DocView{D: d, File: f, Lang: lang, Date: d.Meta.Date, End: d.Meta.End,
		IsOriginal: f == d.Orig, OrigLang: langName(r.site.Config, d.Orig.Lang),
		OrigHref: r.URL(DocPath(d.Orig.Lang, d.Key)), Href: r.URL(DocPath(lang, d.Key))}
	dv.Title, dv.Summary, dv.References = f.Meta.Title, f.Meta.Summary, f.Meta.References
	dv.Unofficial, dv.Official = f.Meta.Translation == "unofficial", f.Meta.Translation == "official"
	return dv
}

// docFile prepares one language file of a document for its own page: the
// head, the blocks with their links, the event's timeline, citations and
// attachments.
func (r *Renderer) docFile(d *site.Document, lang string) *DocView {
	f := d.In(lang)
	dv := r.docHead(d, lang)
	dv.Groups = r.groups(d, f)
	dv.Footnotes = template.HTML(f.Body.Footnotes)
	if d.Event != nil {
		dv.Event = &Link{Label: d.Event.Title(lang), Href: r.URL(docLangPath(d.Event, lang))}
		dv.Timeline = r.entries(d.Event.Timeline, lang)
	} else if d.Key.Section == "events" {
		dv.Timeline = r.entries(d.Timeline, lang)
	}
	dv.Cites, dv.CitedBy = r.citations(d, lang)
	dv.Translations = r.translations(d, lang)
	for _, a := range d.Attachments {
		dv.Attachments = append(dv.Attachments, Link{Label: a, Href: r.URL(DocPath(lang, d.Key) + a)})
	}
	if d.Key.Section == "declarations" {
		for _, other := range r.site.Config.Codes() {
			if other != lang && d.In(other) != nil {
				dv.Parallel = append(dv.Parallel, Link{Label: langName(r.site.Config, lang) + " | " + langName(r.site.Config, other),
					Href: r.URL(DocPath(lang, d.Key) + lang + "-" + other + "/")})
			}
		}
	}
	return dv
}

// groups turns a file's blocks into paragraphs with their cross-language
// links, gathering runs of bullet items into one list.
func (r *Renderer) groups(d *site.Document, f *content.Doc) []Group {
	words := r.paraWordsFor(d, f.Lang, r.otherLang(d, f.Lang))
	var groups []Group
	for _, b := range f.Body.Blocks {
		p := words.para(b)
		isList := b.Kind == markdown.Bullet
		if n := len(groups); n > 0 && groups[n-1].List && isList {
			groups[n-1].Paras = append(groups[n-1].Paras, p)
			continue
		}
		groups = append(groups, Group{List: isList, Paras: []Para{p}})
	}
	return groups
}

func kindName(k markdown.Kind) string {
	switch k {
	case markdown.Numbered:
		return "numbered"
	case markdown.Lettered:
		return "lettered"
	case markdown.Bullet:
		return "bullet"
	case markdown.Heading:
		return "heading"
	}
	return "text"
}
