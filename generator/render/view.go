package render

import (
	"html/template"

	"github.com/concord-archive/concord/generator/config"
	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/site"
)

// View is what a page template sees. Its methods (T, Date, DocURL…) are the
// template's vocabulary, documented in package generator.
type View struct {
	Page
	Site      *site.Site
	SiteTitle string
	LangName  string
	Title     string
	Summary   string
	URL       string // path with the base path: /archive/en/declarations/x/
	Canonical string // absolute URL
	NoIndex   bool
	// Alternates are the page in every language it exists in (hreflang).
	Alternates []Alt
	// Switch is the language switcher: the page in each other language.
	Switch []Alt
	Nav    []Link

	Doc     *DocView
	Other   *DocView // the second language of a side-by-side page
	Rows    []Row
	Items   []Item
	Entries []EntryView
	Tags    []Link
	Langs   []Alt  // root page: one entry per language
	Years   []Link // timeline pages: the whole timeline, then each year
	Events  []Link // timeline pages: each event's own timeline

	Cite *CiteSection // a declaration's Cite section (cite.go)

	r *Renderer
}

// Alt is a page in another language.
type Alt struct {
	Lang, Name, Href string
	Missing          bool // no translation: Href goes to the stub page that says so
}

// Version is a document in another language, with its status there:
// "original", "official", "unofficial, made for this archive".
type Version struct {
	Lang, Name, Href, Status string
}

// Link is a labelled link.
type Link struct {
	Label, Href string
	Current     bool
	Count       int
}

// DocView is one language file of a document, ready for a template.
type DocView struct {
	D            *site.Document
	File         *content.Doc
	Lang         string
	Title        string
	Summary      string
	Date, End    content.Date
	Groups       []Group
	Footnotes    template.HTML
	Unofficial   bool
	Official     bool
	IsOriginal   bool
	OrigLang     string // name of the original language
	OrigHref     string // the original-language page
	Href         string // this language's page
	Event        *Link
	References   []content.Reference
	Cites        []CiteView
	CitedBy      []CiteView
	Attachments  []Link
	Timeline     []EntryView
	Parallel     []Link    // side-by-side pages
	Translations []Version // the document in its other languages
}

// Group is a run of blocks: a bulleted run becomes one <ul>.
type Group struct {
	List  bool
	Paras []Para
}

// Para is one anchored block.
type Para struct {
	ID, Number, Kind string
	Depth, Level     int
	HTML             template.HTML
	OtherHref        string // the same paragraph in the other language
	OtherLang        string
	OtherLabel       string // "In French"
	OtherAria        string // the link's accessible name: "Paragraph 11(a) in French"
	ParallelHref     string // the same paragraph side by side
	ParallelLabel    string // "Side by side"
	ParallelAria     string // "Paragraph 11(a) side by side"
	SelfLabel        string // accessible name of the paragraph's permalink: "Paragraph 11(a)"

	Cite *ParaCite // link to the paragraph's citation, on declarations (cite.go)
}

// Row is one aligned row of a side-by-side page.
type Row struct {
	ID, Number, Kind string
	Depth, Level     int
	SelfLabel        string // accessible name of the row's number link: "Paragraph 11(a)"
	Cells            []Cell // the page's language, then the other
}

// Cell is one language's block in a side-by-side row.
type Cell struct {
	Lang  string
	Level int // a heading's level, 0 for other blocks
	HTML  template.HTML
}

// CiteView is a citation or back-link: the document at the other end and
// the paragraph the citation points at.
type CiteView struct {
	Title, Href, Anchor, Section string
	Lang                         string // the title's language when it is not the page's
	Para                         string // the paragraph named: "Paragraph 11(a)"; "" for the whole document
	ParaHref                     string // a back-link's paragraph on this page: "#p11-a"
}

// Item is an entry of a list page.
type Item struct {
	Title, Href, Summary, Section string
	Date                          content.Date
	Lang                          string // set when the item is not in the page's language
	LangName                      string
}

// EntryView is a timeline entry in the page's language.
type EntryView struct {
	Date, End                  content.Date
	Title, Place, Note, Source string
	Href                       string // the document, for an event or document entry
	Lang                       string // the title's language when it is not the page's
	Event                      Link
	IsEvent, IsDoc             bool
	Section                    string
}

func langName(cfg *config.Config, code string) string {
	if l, ok := cfg.Lang(code); ok {
		return l.Name
	}
	return code
}
