package render

import (
	"strings"

	"github.com/concord-archive/concord/generator/markdown"
	"github.com/concord-archive/concord/generator/site"
)

// citations are a document's outgoing citations and its back-links, each
// naming the paragraph it points at. A citation's paragraph is in the
// cited document; a back-link's is in this one, and links to it here.
func (r *Renderer) citations(d *site.Document, lang string) (cites, citedBy []CiteView) {
	for _, c := range d.Cites {
		cv := r.citeLink(c.To, lang)
		if c.Anchor != "" {
			cv.Href += "#" + c.Anchor
			cv.Anchor, cv.Para = c.Anchor, r.anchorLabel(c.To, c.Anchor, lang)
		}
		cites = append(cites, cv)
	}
	for _, c := range d.CitedBy {
		cv := r.citeLink(c.From, lang)
		if c.Anchor != "" {
			cv.Anchor, cv.Para, cv.ParaHref = c.Anchor, r.anchorLabel(d, c.Anchor, lang), "#"+c.Anchor
		}
		citedBy = append(citedBy, cv)
	}
	return cites, citedBy
}

// citeLink links to d in lang, or in its original when it has no
// translation in lang.
func (r *Renderer) citeLink(d *site.Document, lang string) CiteView {
	cv := CiteView{Title: d.Title(lang), Href: r.URL(docLangPath(d, lang)), Section: d.Key.Section}
	if d.In(lang) == nil {
		cv.Lang = d.Orig.Lang
	}
	return cv
}

// anchorLabel names the block anchor of d for a reader of lang, to follow
// a title and a dash: "paragraph 11(a)" for a numbered one, a heading's
// text, or the first words of an unnumbered passage.
func (r *Renderer) anchorLabel(d *site.Document, anchor, lang string) string {
	f := d.In(lang)
	if f == nil {
		f = d.Orig
	}
	for _, b := range f.Body.Blocks {
		if b.ID != anchor {
			continue
		}
		if paraNumber(b.ID, b.Number) != "" {
			label := r.paraLabel(lang, b)
			return strings.ToLower(label[:1]) + label[1:]
		}
		return firstWords(b, 8)
	}
	return anchor // site.Build has checked that the anchor exists
}

// firstWords is a block's opening words, "…" marking the cut.
func firstWords(b markdown.Block, n int) string {
	words := strings.Fields(b.Text)
	if len(words) <= n {
		return b.Text
	}
	return strings.Join(words[:n], " ") + "…"
}

// translations are the document's translations other than the one in
// lang, with the status of each (the original is named on its own).
func (r *Renderer) translations(d *site.Document, lang string) []Version {
	var vs []Version
	for _, code := range r.site.Config.Codes() {
		f := d.In(code)
		if code == lang || f == nil || f == d.Orig {
			continue
		}
		v := Version{Lang: code, Name: langName(r.site.Config, code), Href: r.URL(DocPath(code, d.Key))}
		switch {
		case f.Meta.Translation == "unofficial":
			v.Status = r.word(lang, "translation_unofficial")
		default:
			v.Status = r.word(lang, "translation_official")
		}
		vs = append(vs, v)
	}
	return vs
}
