package site

import (
	"slices"
	"strings"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
)

// Two sources must never claim one output URL: only one of them could be
// published, and which one would depend on the order of a parallel build.
// Within content/ the folder layout rules out most duplicates (one folder
// per slug and section, one file per language; folders that differ only in
// case are refused by package content). What is left is checked here: a
// page named like one of the site's own pages, and an attachment named like
// one of its document's pages.

// reservedPageSlugs are the names pages cannot take, because pages sit at
// the top of a language beside these.
var reservedPageSlugs = append([]string{"tags", "timeline", "search"}, content.Sections...)

// checkPageSlugs reports a page whose URL belongs to one of the site's own
// pages.
func (s *Site) checkPageSlugs() diag.List {
	var problems diag.List
	for _, d := range s.Docs {
		if d.Key.Section == "pages" && slices.Contains(reservedPageSlugs, d.Key.Slug) {
			url := content.URL(s.Config.BasePath(), d.Orig.Lang, d.Key)
			problems.Add(diag.Pos{File: d.Orig.Path}, "page "+quote(d.Key.Slug)+" would take "+url+", a URL the site keeps for itself",
				"rename the folder "+d.Folder()+"; pages cannot be named "+strings.Join(reservedPageSlugs, ", "))
		}
	}
	return problems
}

// CitationFiles are the citation downloads package render writes next to
// each declaration's page.
var CitationFiles = []string{"cite.bib", "cite.ris", "cite.json"}

// checkAttachmentNames reports an attachment that would overwrite one of
// its document's pages: index.html, the folder of a side-by-side page
// such as en-fr, or a citation download such as cite.bib.
func (s *Site) checkAttachmentNames() diag.List {
	var problems diag.List
	codes := s.Config.Codes()
	for _, d := range s.Docs {
		for _, name := range d.Attachments {
			page := ""
			switch a, b, pair := strings.Cut(name, "-"); {
			case name == "index.html":
				page = "the document's page"
			case pair && d.Key.Section == "declarations" && a != b && slices.Contains(codes, a) && slices.Contains(codes, b):
				page = "the folder of the side-by-side page " + name + "/"
			case d.Key.Section == "declarations" && slices.Contains(CitationFiles, name):
				page = "the declaration's citation download " + name
			default:
				continue
			}
			problems.Add(diag.Pos{File: d.Folder() + name}, "attachment "+quote(name)+" would overwrite "+page,
				"rename the file, and the links to it")
		}
	}
	return problems
}
