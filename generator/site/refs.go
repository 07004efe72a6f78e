package site

import (
	"slices"
	"strings"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/markdown"
	"github.com/concord-archive/concord/generator/tomlx"
)

// resolveEvents links documents to the event they name.
func (s *Site) resolveEvents() diag.List {
	var problems diag.List
	for _, d := range s.Docs {
		if d.Meta.Event == "" {
			continue
		}
		key := content.Key{Section: "events", Slug: d.Meta.Event}
		ev := s.byKey[key]
		switch {
		case ev == nil && s.drafts[key]:
			problems.Add(diag.Pos{File: d.Orig.Path, Line: d.Orig.Lines["event"]}, "event "+quote(d.Meta.Event)+" is a draft",
				"publish the event (remove draft = true from content/events/"+d.Meta.Event+"/), or leave event out until it is")
			continue
		case ev == nil && s.unusable[key]:
			continue // the event's own files are reported
		case ev == nil:
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
			}
			if to == nil {
				continue
			}
			cit := Citation{From: d, To: to, Anchor: anchor}
			d.Cites = append(d.Cites, cit)
			to.CitedBy = append(to.CitedBy, cit)
		}
	}
	for _, d := range s.Docs {
		slices.SortStableFunc(d.CitedBy, func(a, b Citation) int {
			if c := a.From.Key.Compare(b.From.Key); c != 0 {
				return c
			}
			return strings.Compare(a.Anchor, b.Anchor)
		})
	}
	return problems
}

// resolve finds the document and paragraph a reference names. It returns
// no document and no problem for a reference to a folder whose own files
// are in error.
func (s *Site) resolve(ref string, pos diag.Pos) (*Document, string, *diag.Problem) {
	r, err := content.ParseRef(ref)
	if err != nil {
		return nil, "", &diag.Problem{Pos: pos, Msg: "invalid reference " + quote(ref) + ": " + err.Error(),
			Hint: `write a document slug, optionally with a paragraph: "mechelen-2017" or "mechelen-2017#p11"`}
	}
	to := s.byKey[r.Key]
	dir := content.Root + "/" + r.Key.String() + "/"
	switch {
	case to == nil && s.drafts[r.Key]:
		return nil, "", &diag.Problem{Pos: pos, Msg: "reference to " + quote(ref) + ", a draft",
			Hint: "publish it (remove draft = true in " + dir + "), or remove the reference until it is"}
	case to == nil && s.unusable[r.Key]:
		return nil, "", nil
	case to == nil:
		const form = `reference is a document's folder name, with its section unless it is a declaration: "mechelen-2017", "events/mechelen-2017"`
		hint := "a " + form
		if near := s.nearest(r.Key.Section, r.Key.Slug); near != "" {
			hint = "did you mean " + quote(near) + "? A " + form
		}
		return nil, "", &diag.Problem{Pos: pos, Msg: "reference to a missing document " + quote(ref) + ": there is no folder " + dir, Hint: hint}
	case r.Anchor != "" && !to.Orig.HasAnchor(r.Anchor):
		return nil, "", &diag.Problem{Pos: pos, Msg: "reference to a missing paragraph " + quote(ref),
			Hint: to.Orig.Path + " has no paragraph #" + r.Anchor + paragraphRange(to.Orig)}
	}
	return to, r.Anchor, nil
}

// paragraphRange names a document's first and last numbered paragraphs,
// and one lettered paragraph as an example, for a hint about a paragraph
// it does not have.
func paragraphRange(d *content.Doc) string {
	var first, last, lettered string
	for _, b := range d.Body.Blocks {
		switch {
		case b.Kind == markdown.Numbered && first == "":
			first, last = b.ID, b.ID
		case b.Kind == markdown.Numbered:
			last = b.ID
		case b.Kind == markdown.Lettered && lettered == "":
			lettered = b.ID
		}
	}
	switch {
	case first == "":
		return "; it has no numbered paragraphs"
	case lettered == "":
		return "; its numbered paragraphs run from #" + first + " to #" + last
	}
	return "; its numbered paragraphs run from #" + first + " to #" + last + ", with lettered ones like #" + lettered
}

// suggest returns ` (did you mean "x"?)` for a near-miss slug in a section.
func (s *Site) suggest(section, slug string) string {
	if best := s.nearest(section, slug); best != "" {
		return ` (did you mean "` + best + `"?)`
	}
	return ""
}

// nearest returns the slug of the section closest to slug, when it is
// close enough to be a typo, or "".
func (s *Site) nearest(section, slug string) string {
	var slugs []string
	for _, d := range s.Docs {
		if d.Key.Section == section {
			slugs = append(slugs, d.Key.Slug)
		}
	}
	return tomlx.Suggest(slug, slugs)
}

func quote(s string) string { return `"` + s + `"` }

// checkLinks checks the links of every Markdown body: links to other
// documents and their paragraphs, anchors on the same page, attachments.
func (s *Site) checkLinks() diag.List {
	return s.eachDoc(s.checkDocLinks)
}

func (s *Site) checkDocLinks(d *Document) diag.List {
	var problems diag.List
	for _, f := range d.Langs {
		for _, l := range f.Body.Links {
			pos := diag.Pos{File: f.Path, Line: l.Line}
			switch dest := l.Dest; {
			case strings.HasPrefix(dest, "#"):
				if !f.HasAnchor(dest[1:]) && !strings.HasPrefix(dest, "#fn") {
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
	return problems
}
