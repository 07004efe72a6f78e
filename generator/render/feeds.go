package render

import (
	"bytes"
	"encoding/xml"
	"slices"
	"strings"

	"github.com/concord-archive/concord/generator/site"
)

// feedSize is how many documents an Atom feed carries: enough for a reader
// who checks monthly, small enough to fetch often.
const feedSize = 50

// feed writes the Atom feed of a language: its documents, newest first.
// Dates come from the content, never from the clock, so the feed is the
// same on every build.
func (r *Renderer) feed(p Page) ([]byte, error) {
	lang := p.Lang
	var docs []*site.Document
	for _, d := range r.site.Docs {
		if d.In(lang) != nil && !d.Meta.Date.IsZero() && d.Key.Section != "pages" {
			docs = append(docs, d)
		}
	}
	slices.SortStableFunc(docs, func(a, b *site.Document) int {
		if c := b.Meta.Date.Compare(a.Meta.Date); c != 0 {
			return c
		}
		return a.Key.Compare(b.Key)
	})
	docs = docs[:min(len(docs), feedSize)]
	l, _ := r.site.Config.Lang(lang)
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="` + lang + `">` + "\n")
	el(&b, "title", l.Title)
	el(&b, "id", r.AbsURL(lang+"/"))
	b.WriteString(`<link rel="self" href="` + esc(r.AbsURL(p.Path)) + `"/>` + "\n")
	b.WriteString(`<link rel="alternate" type="text/html" href="` + esc(r.AbsURL(lang+"/")) + `"/>` + "\n")
	if len(docs) > 0 {
		el(&b, "updated", docs[0].Meta.Date.Time().Format("2006-01-02T15:04:05Z"))
	} else {
		el(&b, "updated", "2000-01-01T00:00:00Z")
	}
	// Atom requires an author; the archive itself is the author of its feed.
	b.WriteString("<author><name>" + esc(l.Title) + "</name></author>\n")
	for _, d := range docs {
		f := d.In(lang)
		url := r.AbsURL(DocPath(lang, d.Key))
		b.WriteString("<entry>\n")
		el(&b, "title", f.Meta.Title)
		el(&b, "id", url)
		b.WriteString(`<link rel="alternate" type="text/html" href="` + esc(url) + `"/>` + "\n")
		el(&b, "updated", d.Meta.Date.Time().Format("2006-01-02T15:04:05Z"))
		if f.Meta.Summary != "" {
			el(&b, "summary", f.Meta.Summary)
		}
		b.WriteString(`<category term="` + d.Key.Section + `"/>` + "\n")
		b.WriteString("</entry>\n")
	}
	b.WriteString("</feed>\n")
	return b.Bytes(), nil
}

// el writes <name>text</name>, escaped.
func el(b *bytes.Buffer, name, text string) {
	b.WriteString("<" + name + ">" + esc(text) + "</" + name + ">\n")
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// sitemap lists every indexable page with its hreflang alternates, as
// search engines expect for translated pages.
func (r *Renderer) sitemap() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	for _, p := range Plan(r.site) {
		if !sitemapKinds[p.Kind] {
			continue
		}
		v := &View{Page: p, Site: r.site, r: r}
		alts := r.alternates(v)
		b.WriteString("<url><loc>" + esc(r.AbsURL(p.Path)) + "</loc>")
		for _, a := range alts {
			b.WriteString(`<xhtml:link rel="alternate" hreflang="` + a.Lang + `" href="` + esc(a.Href) + `"/>`)
		}
		b.WriteString("</url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes(), nil
}

var sitemapKinds = map[string]bool{"home": true, "list": true, "doc": true, "parallel": true, "timeline": true, "tags": true, "tag": true}

// alternates computes only the hreflang set of a page, without the rest of
// its view.
func (r *Renderer) alternates(v *View) []Alt {
	var alts []Alt
	switch v.Kind {
	case "doc":
		alts, _ = r.docAlternates(v.Page.Doc, v.Lang)
	case "parallel":
		alts, _ = r.parallelAlternates(v.Page.Doc, v.Lang, v.Page.Other)
	default:
		alts, _ = r.sameInEveryLang(v, strings.TrimPrefix(v.Path, v.Lang+"/"))
	}
	return alts
}
