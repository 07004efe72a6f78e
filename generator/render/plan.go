package render

import (
	"strconv"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/site"
)

// Page is one page to render: cheap to make, so Plan makes them all and the
// renderer fills them in parallel.
type Page struct {
	Kind  string // a template name from Kinds, or "feed", "sitemap", "robots", "search-index"
	Lang  string // "" for language-neutral files (root, sitemap, robots)
	Other string // the second language of a side-by-side page
	Path  string // URL path below the base path: "en/declarations/x/"; files end without "/"
	// Doc is the document of a doc, parallel or stub page; Section names
	// the section of a list page; Tag the tag of a tag page.
	Doc     *site.Document
	Section string
	Tag     string
	Year    int // the year a timeline page narrows to; 0 for the whole timeline
	// Deps are the other documents whose front matter the page shows (a
	// title in a citation, a date in a timeline); AllDocs marks pages that
	// show every document's front matter (lists, timelines, feeds, the
	// sitemap). Only Doc's own pages show its body. Serve re-renders a
	// page exactly when one of these changed, so a template that shows
	// more must say so here.
	Deps    []content.Key
	AllDocs bool
	// AllBodies marks pages that show every document's text (a search
	// index): any change of any document re-renders them.
	AllBodies bool
}

// File is the output file's slash path below the output folder.
func (p Page) File() string {
	if p.Path == "" || p.Path[len(p.Path)-1] == '/' {
		return p.Path + "index.html"
	}
	return p.Path
}

// Plan lists every page of the site, in a fixed order.
func Plan(s *site.Site) []Page {
	codes := s.Config.Codes()
	// Serve plans the site after every edit: sized once, the list is not
	// copied as it grows (a document has up to six pages per language:
	// its page, side by side, citation files and a search file).
	pages := make([]Page, 0, 16+len(codes)*(32+len(s.Tags)+8*len(s.Docs)))
	deps := make([][]content.Key, len(s.Docs)) // shared by a document's pages in every language
	for i, d := range s.Docs {
		deps[i] = docDeps(d)
	}
	pages = append(pages, []Page{
		{Kind: "root", Path: "", AllDocs: true},
		{Kind: "notfound", Lang: s.Config.DefaultLanguage, Path: "404.html"},
		{Kind: "sitemap", Path: "sitemap.xml", AllDocs: true},
		{Kind: "robots", Path: "robots.txt"},
	}...)
	for _, lang := range codes {
		pages = append(pages,
			Page{Kind: "home", Lang: lang, Path: lang + "/", AllDocs: true},
			Page{Kind: "timeline", Lang: lang, Path: lang + "/timeline/", AllDocs: true},
		)
		for _, y := range TimelineYears(s) {
			pages = append(pages, Page{Kind: "timeline", Lang: lang, Year: y, Path: lang + "/timeline/" + strconv.Itoa(y) + "/", AllDocs: true})
		}
		pages = append(pages,
			Page{Kind: "tags", Lang: lang, Path: lang + "/tags/", AllDocs: true},
			Page{Kind: "feed", Lang: lang, Path: lang + "/feed.xml", AllDocs: true},
		)
		for _, sec := range content.Sections {
			if sec != "pages" {
				pages = append(pages, Page{Kind: "list", Lang: lang, Section: sec, Path: lang + "/" + sec + "/", AllDocs: true})
			}
		}
		for _, tag := range s.TagNames() {
			pages = append(pages, Page{Kind: "tag", Lang: lang, Tag: tag, Path: lang + "/tags/" + tag + "/", Deps: keys(s.Tags[tag])})
		}
		for i, d := range s.Docs {
			pages = appendDocPages(pages, d, deps[i], lang, codes)
		}
		pages = append(pages, searchPages(s, lang)...)
	}
	return pages
}

// appendDocPages appends a document's page in lang (or a stub saying it
// has no translation) and, for declarations, its citation files and its
// side-by-side pages with lang first.
func appendDocPages(pages []Page, d *site.Document, deps []content.Key, lang string, codes []string) []Page {
	path := DocPath(lang, d.Key)
	if d.In(lang) == nil {
		return append(pages, Page{Kind: "stub", Lang: lang, Doc: d, Path: path, Deps: deps})
	}
	pages = append(pages, Page{Kind: "doc", Lang: lang, Doc: d, Path: path, Deps: deps})
	if d.Key.Section != "declarations" {
		return pages
	}
	pages = append(pages, citePages(d, lang, path)...)
	for _, other := range codes {
		if other != lang && d.In(other) != nil {
			pages = append(pages, Page{Kind: "parallel", Lang: lang, Other: other, Doc: d,
				Path: path + lang + "-" + other + "/", Deps: deps})
		}
	}
	return pages
}

// DocPath is a document's URL path below the base path, without the
// leading base: "en/declarations/x/" (see content.URL).
func DocPath(lang string, k content.Key) string {
	return content.URL("", lang, k)
}

// docDeps are the documents a document's pages show: itself, its event and
// that event's timeline, and the documents it cites or that cite it.
func docDeps(d *site.Document) []content.Key {
	deps := []content.Key{d.Key}
	if d.Event != nil {
		deps = append(deps, d.Event.Key)
		for _, e := range d.Event.Timeline {
			if e.Doc != nil {
				deps = append(deps, e.Doc.Key)
			}
		}
	}
	for _, e := range d.Timeline {
		if e.Doc != nil {
			deps = append(deps, e.Doc.Key)
		}
	}
	for _, c := range d.Cites {
		deps = append(deps, c.To.Key)
	}
	for _, c := range d.CitedBy {
		deps = append(deps, c.From.Key)
	}
	return deps
}

func keys(docs []*site.Document) []content.Key {
	ks := make([]content.Key, len(docs))
	for i, d := range docs {
		ks[i] = d.Key
	}
	return ks
}
