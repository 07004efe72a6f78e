package site

import (
	"slices"
	"strings"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/tomlx"
)

// resolveEvents links documents to the event they name.
func (s *Site) resolveEvents() diag.List {
	var problems diag.List
	for _, d := range s.Docs {
		if d.Meta.Event == "" {
			continue
		}
		ev := s.byKey[content.Key{Section: "events", Slug: d.Meta.Event}]
		if ev == nil {
			problems.Add(diag.Pos{File: d.Orig.Path, Line: d.Orig.Lines["event"]}, "unknown event "+quote(d.Meta.Event),
				"use the folder name of a document in content/events/"+s.suggest("events", d.Meta.Event))
			continue
		}
		d.Event = ev
	}
	return problems
}

// resolveCitations checks every cites entry and records the back-link on
// the cited document.
func (s *Site) resolveCitations() diag.List {
	var problems diag.List
	for _, d := range s.Docs {
		pos := diag.Pos{File: d.Orig.Path, Line: d.Orig.Lines["cites"]}
		for _, c := range d.Meta.Cites {
			to, anchor, p := s.resolve(c, pos)
			if p != nil {
				problems = append(problems, *p)
				continue
			}
			cit := Citation{From: d, To: to, Anchor: anchor}
			d.Cites = append(d.Cites, cit)
			to.CitedBy = append(to.CitedBy, cit)
		}
	}
	for _, d := range s.Docs {
		slices.SortStableFunc(d.CitedBy, func(a, b Citation) int {
			if c := strings.Compare(a.From.Key.String(), b.From.Key.String()); c != 0 {
				return c
			}
			return strings.Compare(a.Anchor, b.Anchor)
		})
	}
	return problems
}

// resolve finds the document and paragraph a reference names.
func (s *Site) resolve(ref string, pos diag.Pos) (*Document, string, *diag.Problem) {
	r, err := content.ParseRef(ref)
	if err != nil {
		return nil, "", &diag.Problem{Pos: pos, Msg: "invalid reference " + quote(ref) + ": " + err.Error(),
			Hint: `write a document slug, optionally with a paragraph: "mechelen-2017" or "mechelen-2017#p11"`}
	}
	to := s.byKey[r.Key]
	if to == nil {
		return nil, "", &diag.Problem{Pos: pos, Msg: "reference to a missing document " + quote(ref),
			Hint: "check the slug against the folders in content/" + r.Key.Section + "/" + s.suggest(r.Key.Section, r.Key.Slug)}
	}
	if r.Anchor != "" && !hasAnchor(to.Orig, r.Anchor) {
		return nil, "", &diag.Problem{Pos: pos, Msg: "reference to a missing paragraph " + quote(ref),
			Hint: to.Orig.Path + " has no paragraph #" + r.Anchor + "; paragraphs are numbered like #p11 and #p11-a"}
	}
	return to, r.Anchor, nil
}

func hasAnchor(d *content.Doc, anchor string) bool {
	for _, b := range d.Body.Blocks {
		if b.ID == anchor {
			return true
		}
	}
	return false
}

// suggest returns ` (did you mean "x"?)` for a near-miss slug in a section.
func (s *Site) suggest(section, slug string) string {
	var slugs []string
	for _, d := range s.Docs {
		if d.Key.Section == section {
			slugs = append(slugs, d.Key.Slug)
		}
	}
	if best := tomlx.Suggest(slug, slugs); best != "" {
		return ` (did you mean "` + best + `"?)`
	}
	return ""
}

func quote(s string) string { return `"` + s + `"` }

// checkLinks checks the links of every Markdown body: links to other
// documents and their paragraphs, anchors on the same page, attachments.
func (s *Site) checkLinks() diag.List {
	var problems diag.List
	for _, d := range s.Docs {
		for _, f := range d.Langs {
			for _, l := range f.Body.Links {
				pos := diag.Pos{File: f.Path, Line: l.Line}
				switch dest := l.Dest; {
				case strings.HasPrefix(dest, "#"):
					if !hasAnchor(f, dest[1:]) && !strings.HasPrefix(dest, "#fn") {
						problems.Add(pos, "link to a missing paragraph "+quote(dest), "anchors are #p11, #p11-a for numbered paragraphs")
					}
				case strings.Contains(dest, ":") || strings.HasPrefix(dest, "/"):
					// External, or an absolute path the editor chose: not ours to check.
				case content.IsRef(dest):
					if _, _, p := s.resolve(dest, pos); p != nil {
						problems = append(problems, *p)
					}
				default:
					name, _, _ := strings.Cut(dest, "#")
					if !slices.Contains(d.Attachments, name) {
						problems.Add(pos, "link to a missing attachment "+quote(name), "put the file in "+folder(f)+" or fix the name")
					}
				}
			}
		}
	}
	return problems
}

// reservedPageSlugs are the names pages cannot take, because pages sit at
// the top of a language beside these.
var reservedPageSlugs = append([]string{"tags", "timeline", "search"}, content.Sections...)

func (s *Site) checkPageSlugs() diag.List {
	var problems diag.List
	for _, d := range s.Docs {
		if d.Key.Section == "pages" && slices.Contains(reservedPageSlugs, d.Key.Slug) {
			problems.Add(diag.Pos{File: d.Orig.Path}, "page slug "+quote(d.Key.Slug)+" is reserved for the site's own pages", "rename the folder")
		}
	}
	return problems
}
