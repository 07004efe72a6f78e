package render

import (
	"fmt"
	"html/template"
)

// HeadMeta is what a page's <head> tells machines about it: OpenGraph
// tags for link previews, on every page; the citation_* tags that Google
// Scholar and Zotero read, on declarations; and schema.org JSON-LD on
// declarations, events and news.
type HeadMeta struct {
	Tags   []MetaTag
	JSONLD template.JS // "" when the page has none
}

// MetaTag is a <meta property="og:…"> (Property set) or <meta name="…">.
type MetaTag struct {
	Property bool
	Key      string
	Content  string
}

// Head returns the page's machine-readable metadata: {{with .Head}} in
// partials/meta.html. It reads only what the page's view already shows.
func (v *View) Head() (*HeadMeta, error) {
	r := v.r
	h := &HeadMeta{}
	if v.Title != "" {
		h.Tags = r.openGraph(v)
	}
	d := v.Page.Doc
	if v.Kind != "doc" || d == nil || d.In(v.Lang) == nil {
		return h, nil
	}
	if d.Key.Section == "declarations" {
		h.Tags = append(h.Tags, r.citationTags(r.work(d, v.Lang))...)
	}
	ld, err := r.jsonLD(d, v.Lang)
	if err != nil {
		return nil, fmt.Errorf("JSON-LD of /%s: %w", v.Path, err)
	}
	h.JSONLD = ld
	return h, nil
}

// openGraph tags: the page as a link preview shows it. The locale names
// come from the theme (og_locale), as OpenGraph wants a territory: en_GB.
func (r *Renderer) openGraph(v *View) []MetaTag {
	og := func(key, content string) MetaTag { return MetaTag{Property: true, Key: "og:" + key, Content: content} }
	kind := "website"
	if v.Kind == "doc" {
		kind = "article"
	}
	tags := []MetaTag{og("title", v.Title), og("type", kind), og("url", v.Canonical), og("site_name", v.SiteTitle)}
	if v.Summary != "" {
		tags = append(tags, og("description", v.Summary))
	}
	tags = append(tags, og("locale", r.word(v.Lang, "og_locale")))
	for _, a := range v.Alternates {
		if a.Lang != v.Lang {
			tags = append(tags, og("locale:alternate", r.word(a.Lang, "og_locale")))
		}
	}
	return tags
}

// citationTags are the Highwire Press tags (citation_*) that Google
// Scholar indexes and Zotero's "embedded metadata" import reads. Dates
// are written 2017/11/17, as Scholar asks.
func (r *Renderer) citationTags(w *work) []MetaTag {
	var tags []MetaTag
	add := func(key, content string) {
		if content != "" {
			tags = append(tags, MetaTag{Key: "citation_" + key, Content: content})
		}
	}
	add("title", w.Title)
	for _, a := range w.Authors {
		add("author", a)
	}
	if d := w.Date; !d.IsZero() {
		date := fmt.Sprintf("%04d", d.Year)
		if d.Month > 0 {
			date += fmt.Sprintf("/%02d", d.Month)
			if d.Day > 0 {
				date += fmt.Sprintf("/%02d", d.Day)
			}
		}
		add("publication_date", date)
	}
	add("language", w.Lang)
	add("publisher", w.Publisher)
	add("public_url", w.URL)
	add("fulltext_html_url", w.URL)
	add("pdf_url", w.PDF)
	return tags
}
