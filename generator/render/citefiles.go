package render

import (
	"fmt"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/site"
)

// citeFile is a download of a declaration's citation, next to its page:
// /en/declarations/mechelen-2017/cite.bib.
type citeFile struct {
	kind  string // the Page kind
	name  string // the file name
	label string // the link's text
	write func(*work) ([]byte, error)
}

// citeFiles are the three formats reference managers import: BibTeX for
// LaTeX, RIS for Zotero, EndNote and Mendeley, CSL-JSON for pandoc and
// citeproc.
var citeFiles = []citeFile{
	{"bibtex", "cite.bib", "BibTeX", bibtex},
	{"ris", "cite.ris", "RIS", ris},
	{"csljson", "cite.json", "CSL-JSON", cslJSON},
}

// citeFileNames are the names the downloads take in a declaration's
// folder: site.CitationFiles, where an attachment must not take them.
func citeFileNames() []string {
	names := make([]string, len(citeFiles))
	for i, f := range citeFiles {
		names[i] = f.name
	}
	return names
}

// citePages are the citation downloads of a declaration in lang. They show
// only front matter, of the declaration and of its event: those are their
// Deps, and the declaration comes first. Doc stays nil, as it would make
// serve render them again on every edit of the text, which they do not
// show.
func citePages(d *site.Document, lang, path string) []Page {
	deps := []content.Key{d.Key}
	if d.Event != nil {
		deps = append(deps, d.Event.Key)
	}
	pages := make([]Page, len(citeFiles))
	for i, f := range citeFiles {
		pages[i] = Page{Kind: f.kind, Lang: lang, Path: path + f.name, Deps: deps}
	}
	return pages
}

// citeDownload renders a citation download page, or reports that p is not one.
func (r *Renderer) citeDownload(p Page) ([]byte, bool, error) {
	for _, f := range citeFiles {
		if f.kind != p.Kind {
			continue
		}
		var d *site.Document
		if len(p.Deps) > 0 {
			d = r.site.Get(p.Deps[0])
		}
		if d == nil || d.In(p.Lang) == nil {
			return nil, true, fmt.Errorf("/%s: no document in %s to cite", p.Path, p.Lang)
		}
		data, err := f.write(r.work(d, p.Lang))
		return data, true, err
	}
	return nil, false, nil
}
