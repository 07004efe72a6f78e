package render

import (
	"html/template"
	"strconv"
	"strings"
)

// Body is the text of a document page: its blocks, each with its anchor
// and links, then its footnotes. It is written in Go, not by a template,
// because it runs for every paragraph of every page, and html/template's
// escaping of each action made it most of a build's time (2 ms of a
// declaration page's 2.6). The markup is the one the theme's style.css
// styles:
//
//	<div class="body">
//	<h2 id="s1" class="para heading">…</h2>           a heading (h2–h5)
//	<div class="para numbered depth-0" id="p11">        a block
//	<a class="pnum" href="#p11" aria-label="…">11.</a>  its number, when it has one
//	<div class="ptext">…</div>
//	<p class="plinks">…</p>                              its links (paragraphLinks)
//	</div>
//	<ul class="bullets"><li class="para bullet" id="s2-1">…</li></ul>
//	…footnotes
//	</div>
//
// Values are escaped as html/template escapes them in those places, so the
// page is the same as the template made it, byte for byte.
func (dv *DocView) Body() template.HTML {
	var b strings.Builder
	b.Grow(dv.bodySize())
	b.WriteString("<div class=\"body\">\n")
	for _, g := range dv.Groups {
		if g.List {
			b.WriteString("<ul class=\"bullets\">\n")
			for i := range g.Paras {
				p := &g.Paras[i]
				b.WriteString(`<li class="para bullet" id="`)
				writeAttr(&b, p.ID)
				b.WriteString(`"><div class="ptext">`)
				b.WriteString(string(p.HTML))
				b.WriteString("</div>")
				writeParaLinks(&b, p)
				b.WriteString("</li>\n")
			}
			b.WriteString("</ul>\n")
			continue
		}
		for i := range g.Paras {
			writePara(&b, &g.Paras[i])
		}
	}
	b.WriteString(string(dv.Footnotes))
	b.WriteString("</div>\n")
	return template.HTML(b.String())
}

// bodySize guesses the size of Body, to grow its buffer once.
func (dv *DocView) bodySize() int {
	n := 64 + len(dv.Footnotes)
	for _, g := range dv.Groups {
		for _, p := range g.Paras {
			n += len(p.HTML) + 400
		}
	}
	return n
}

func writePara(b *strings.Builder, p *Para) {
	if p.Kind == "heading" {
		tag := "h" + strconv.Itoa(min(max(p.Level, 2), 5))
		b.WriteString("<" + tag + ` id="`)
		writeAttr(b, p.ID)
		b.WriteString(`" class="para heading">`)
		b.WriteString(string(p.HTML))
		b.WriteString("</" + tag + ">\n")
		return
	}
	b.WriteString(`<div class="para `)
	writeAttr(b, p.Kind)
	b.WriteString(" depth-")
	b.WriteString(strconv.Itoa(p.Depth))
	b.WriteString(`" id="`)
	writeAttr(b, p.ID)
	b.WriteString("\">\n")
	if p.Number != "" {
		b.WriteString(`<a class="pnum" href="#`)
		writeURLPart(b, p.ID)
		b.WriteString(`" aria-label="`)
		writeAttr(b, p.SelfLabel)
		b.WriteString(`">`)
		writeAttr(b, p.Number)
		b.WriteString(".</a>\n")
	}
	b.WriteString(`<div class="ptext">`)
	b.WriteString(string(p.HTML))
	b.WriteString("</div>\n")
	writeParaLinks(b, p)
	b.WriteString("</div>\n")
}

// writeParaLinks writes a block's links: to itself when its number is not
// already one, to the same block in the other language and side by side,
// and to its citation. The short visible words have accessible names that
// say which paragraph they lead to.
func writeParaLinks(b *strings.Builder, p *Para) {
	if p.Number != "" && p.OtherHref == "" && p.Cite == nil {
		return
	}
	b.WriteString(`<p class="plinks">`)
	if p.Number == "" {
		b.WriteString(`<a class="self" href="#`)
		writeURLPart(b, p.ID)
		b.WriteString(`" aria-label="`)
		writeAttr(b, p.SelfLabel)
		b.WriteString(`">¶</a>`)
	}
	if p.OtherHref != "" {
		if p.Number == "" {
			b.WriteString(" · ")
		}
		b.WriteString(`<a href="`)
		writeURL(b, p.OtherHref)
		b.WriteString(`" hreflang="`)
		writeAttr(b, p.OtherLang)
		b.WriteString(`" aria-label="`)
		writeAttr(b, p.OtherAria)
		b.WriteString(`">`)
		writeAttr(b, p.OtherLabel)
		b.WriteString("</a>")
	}
	if p.ParallelHref != "" {
		b.WriteString(` · <a href="`)
		writeURL(b, p.ParallelHref)
		b.WriteString(`" aria-label="`)
		writeAttr(b, p.ParallelAria)
		b.WriteString(`">`)
		writeAttr(b, p.ParallelLabel)
		b.WriteString("</a>")
	}
	if c := p.Cite; c != nil {
		if p.OtherHref != "" || p.Number == "" {
			b.WriteString(" · ")
		}
		b.WriteString(`<a class="cite-link" href="`)
		writeURL(b, c.Href)
		b.WriteString(`" aria-label="`)
		writeAttr(b, c.Label)
		b.WriteString(`">`)
		writeAttr(b, c.Text)
		b.WriteString("</a>")
	}
	b.WriteString("</p>\n")
}

// ParaCitations is the citation of every paragraph, each hidden until its
// Cite link targets it: written in Go for the reason Body is, since it
// runs once per paragraph of every declaration page.
//
//	<p class="pcite" id="cite-p11-a"><strong>…</strong> …<cite>…</cite>…<a href="…">…</a></p>
func (c *CiteSection) ParaCitations() template.HTML {
	var b strings.Builder
	for i := range c.Paras {
		p := &c.Paras[i]
		b.WriteString(`<p class="pcite" id="`)
		writeAttr(&b, p.ID)
		b.WriteString(`"><strong>`)
		writeAttr(&b, p.Label)
		b.WriteString("</strong> ")
		writeCitation(&b, &p.Text)
		b.WriteString("</p>\n")
	}
	return template.HTML(b.String())
}

func writeCitation(b *strings.Builder, c *CitationText) {
	writeAttr(b, c.Before)
	b.WriteString("<cite>")
	writeAttr(b, c.Title)
	b.WriteString("</cite>")
	writeAttr(b, c.After)
	b.WriteString(`<a href="`)
	writeURL(b, c.URL)
	b.WriteString(`">`)
	writeAttr(b, c.URL)
	b.WriteString("</a>")
}

// ParallelRows is the rows of a side-by-side page, one grid row per block
// with a cell per language, written in Go for the reason Body is. A
// heading keeps its level in both cells, so a screen reader's list of
// headings shows the structure in each language; the number links to the
// row in the first cell and is shown, hidden from screen readers, in the
// second.
//
//	<div class="row numbered depth-0" id="p11">
//	<div class="cell" lang="en"><a class="pnum" href="#p11" aria-label="…">11.</a> …</div>
//	<div class="cell" lang="fr"><span class="pnum" aria-hidden="true">11.</span> …</div>
//	</div>
func (v *View) ParallelRows() template.HTML {
	var b strings.Builder
	for i := range v.Rows {
		row := &v.Rows[i]
		b.WriteString(`<div class="row `)
		writeAttr(&b, row.Kind)
		b.WriteString(" depth-")
		b.WriteString(strconv.Itoa(row.Depth))
		b.WriteString(`" id="`)
		writeAttr(&b, row.ID)
		b.WriteString("\">\n")
		for j := range row.Cells {
			writeCell(&b, row, &row.Cells[j], j == 0)
		}
		b.WriteString("</div>\n")
	}
	return template.HTML(b.String())
}

func writeCell(b *strings.Builder, row *Row, c *Cell, first bool) {
	b.WriteString(`<div class="cell" lang="`)
	writeAttr(b, c.Lang)
	b.WriteString(`">`)
	switch {
	case row.Kind == "heading":
		tag := "h" + strconv.Itoa(min(max(c.Level, 2), 5))
		b.WriteString("<" + tag + ">")
		b.WriteString(string(c.HTML))
		b.WriteString("</" + tag + ">")
	default:
		if row.Number != "" && first {
			b.WriteString(`<a class="pnum" href="#`)
			writeURLPart(b, row.ID)
			b.WriteString(`" aria-label="`)
			writeAttr(b, row.SelfLabel)
			b.WriteString(`">`)
			writeAttr(b, row.Number)
			b.WriteString(".</a> ")
		} else if row.Number != "" {
			b.WriteString(`<span class="pnum" aria-hidden="true">`)
			writeAttr(b, row.Number)
			b.WriteString(".</span> ")
		}
		b.WriteString(string(c.HTML))
	}
	b.WriteString("</div>\n")
}

// TimelineEntries is the entries of a timeline, the <li> elements of its
// <ol>, written in Go for the reason Body is: an event's timeline is on
// the page of every document adopted there, and the site-wide timeline
// lists every document.
//
//	<li class="entry is-doc">
//	<time datetime="2017-11-17">17 November 2017</time>
//	<div class="what">
//	<p class="title"><a href="…">…</a></p>
//	<p class="place">…</p>  <p class="note">…</p>  <p class="source"><a href="…">Source</a></p>
//	</div>
//	</li>
func (v *View) TimelineEntries() (template.HTML, error) {
	var b strings.Builder
	if len(v.Entries) == 0 {
		empty, err := v.T("empty_list")
		b.WriteString("<li>")
		writeAttr(&b, empty)
		b.WriteString("</li>\n")
		return template.HTML(b.String()), err
	}
	source, err := v.T("source")
	for i := range v.Entries {
		writeEntry(&b, v, &v.Entries[i], source)
	}
	return template.HTML(b.String()), err
}

func writeEntry(b *strings.Builder, v *View, e *EntryView, source string) {
	b.WriteString(`<li class="entry`)
	if e.IsEvent {
		b.WriteString(" is-event")
	}
	if e.IsDoc {
		b.WriteString(" is-doc")
	}
	b.WriteString("\">\n<time datetime=\"")
	writeAttr(b, e.Date.String())
	b.WriteString(`">`)
	writeAttr(b, v.DateRange(e.Date, e.End))
	b.WriteString("</time>\n<div class=\"what\">\n<p class=\"title\"")
	if e.Lang != "" {
		b.WriteString(` lang="`)
		writeAttr(b, e.Lang)
		b.WriteString(`"`)
	}
	b.WriteString(">")
	if e.Href != "" {
		b.WriteString(`<a href="`)
		writeURL(b, e.Href)
		b.WriteString(`"`)
		if e.Lang != "" {
			b.WriteString(` hreflang="`)
			writeAttr(b, e.Lang)
			b.WriteString(`"`)
		}
		b.WriteString(">")
		writeAttr(b, e.Title)
		b.WriteString("</a>")
	} else {
		writeAttr(b, e.Title)
	}
	b.WriteString("</p>\n")
	for _, p := range [...]struct{ class, text string }{{"place", e.Place}, {"note", e.Note}} {
		if p.text != "" {
			b.WriteString(`<p class="` + p.class + `">`)
			writeAttr(b, p.text)
			b.WriteString("</p>\n")
		}
	}
	if e.Source != "" {
		b.WriteString(`<p class="source"><a href="`)
		writeURL(b, e.Source)
		b.WriteString(`">`)
		writeAttr(b, source)
		b.WriteString("</a></p>\n")
	}
	b.WriteString("</div>\n</li>\n")
}
