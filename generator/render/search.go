package render

import (
	"fmt"
	"path"

	"github.com/concord-archive/concord/generator/search"
	"github.com/concord-archive/concord/generator/site"
)

// searchPages are a language's search page and the files of its index
// (see package search), which search.js fetches from <lang>/search/index/.
//
// The manifest and the shards hold the terms of every document's text, so
// any edit renders them again (AllBodies; package search makes that an
// update of the last index, not a new one). A document's own entries file
// holds only its text, under its number among the language's documents:
// the number changes only when documents come or go, which is a front
// matter change (AllDocs).
func searchPages(s *site.Site, lang string) []Page {
	dir := lang + "/search/index/"
	docs, shards := search.Layout(s, lang)
	pages := make([]Page, 0, 2+shards+len(docs))
	pages = append(pages,
		Page{Kind: "search", Lang: lang, Path: lang + "/search/"},
		Page{Kind: "search-index", Lang: lang, Path: dir + search.ManifestFile, AllBodies: true})
	for i := range shards {
		pages = append(pages, Page{Kind: "search-index", Lang: lang, Path: dir + search.ShardFile(i), AllBodies: true})
	}
	for i, d := range docs {
		pages = append(pages, Page{Kind: "search-index", Lang: lang, Path: dir + search.DocFile(i), Doc: d, AllDocs: true})
	}
	return pages
}

// searchFile renders one file of a language's search index.
func (r *Renderer) searchFile(p Page) ([]byte, error) {
	data, ok := search.IndexOf(r.site, p.Lang).File(path.Base(p.Path))
	if !ok {
		return nil, fmt.Errorf("no search index file /%s", p.Path)
	}
	return data, nil
}

// searchView is the search page: a form search.js brings to life, and
// without JavaScript a note that links to the lists instead.
func (r *Renderer) searchView(v *View) {
	v.Title = r.word(v.Lang, "search_title")
	v.NoIndex = true // a page with no content of its own
	v.Alternates, v.Switch = r.sameInEveryLang(v, "search/")
}
