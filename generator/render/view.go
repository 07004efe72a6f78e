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
	Langs   []Alt // root page: one entry per language

	r *Renderer
}

// Alt is a page in another language.
type Alt struct {
	Lang, Name, Href string
	Missing          bool // no translation: Href goes to the stub page that says so
}

// Link is a labelled link.
type Link struct {
	Label, Href string
	Current     bool
	Count       int
}

// DocView is one language file of a document, ready for a template.
type DocView struct {
	D           *site.Document
	File        *content.Doc
	Lang        string
	Title       string
	Summary     string
	Date, End   content.Date
	Groups      []Group
	Footnotes   template.HTML
	Unofficial  bool
	Official    bool
	IsOriginal  bool
	OrigLang    string // name of the original language
	OrigHref    string // the original-language page
	Href        string // this language's page
	Event       *Link
	References  []content.Reference
	Cites       []CiteView
	CitedBy     []CiteView
	Attachments []Link
	Timeline    []EntryView
	Parallel    []Link // side-by-side pages
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
	OtherLabel       string // "Lire en français"
	ParallelHref     string // the same paragraph side by side
	ParallelLabel    string
	SelfLabel        string // accessible name of the paragraph's permalink
}

// Row is one aligned row of a side-by-side page.
type Row struct {
	ID, Number, Kind string
	Depth, Level     int
	Left, Right      template.HTML
}

// CiteView is a citation or back-link.
type CiteView struct {
	Title, Href, Anchor, Section string
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
