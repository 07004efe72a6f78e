package site

import (
	"fmt"
	"reflect"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
)

// neutralValue returns a language-neutral field by its front matter key.
func neutralValue(m *content.Meta, key string) any {
	switch key {
	case "date":
		return m.Date
	case "end":
		return m.End
	case "draft":
		return m.Draft
	case "tags":
		return m.Tags
	case "event":
		return m.Event
	case "place":
		return m.Place
	case "signatories":
		return m.Signatories
	case "organizers":
		return m.Organizers
	case "cites":
		return m.Cites
	}
	return nil
}

// checkTranslations compares each translation with its original: the
// language-neutral fields it repeats must agree, event milestones must
// match entry by entry, and the paragraph structure must be the same so the
// languages align. See DESIGN.md "Content".
func (s *Site) checkTranslations() diag.List {
	codes := s.Config.Codes()
	return s.eachDoc(func(d *Document) diag.List {
		var problems diag.List
		for _, lang := range codes {
			t := d.Langs[lang]
			if t == nil || t == d.Orig {
				continue
			}
			problems.Append(checkNeutral(d.Orig, t))
			problems.Append(checkMilestones(d.Orig, t))
			problems.Append(checkAlignment(d.Orig, t))
		}
		return problems
	})
}

func checkNeutral(orig, t *content.Doc) diag.List {
	var problems diag.List
	for _, key := range content.NeutralFields {
		line, set := t.Lines[key]
		if !set {
			continue
		}
		here, there := neutralValue(&t.Meta, key), neutralValue(&orig.Meta, key)
		if reflect.DeepEqual(here, there) {
			continue
		}
		if _, inOrig := orig.Lines[key]; !inOrig {
			problems.Add(diag.Pos{File: t.Path, Line: line}, key+" is set here but not in the original",
				key+" is language-neutral: move it to "+orig.Path+" and remove it here",
				diag.Pos{File: orig.Path})
			continue
		}
		problems.Add(diag.Pos{File: t.Path, Line: line},
			fmt.Sprintf("%s contradicts the original: %v here, %v there", key, here, there),
			key+" is language-neutral: write it only in the original and remove it here",
			diag.Pos{File: orig.Path, Line: orig.Lines[key]})
	}
	return problems
}

func checkMilestones(orig, t *content.Doc) diag.List {
	var problems diag.List
	om, tm := orig.Meta.Milestones, t.Meta.Milestones
	if len(om) != len(tm) {
		problems.Add(diag.Pos{File: t.Path, Line: t.Lines["milestones"]},
			fmt.Sprintf("%d milestones here but %d in %s", len(tm), len(om), orig.Path),
			"each language lists the same milestones in the same order",
			diag.Pos{File: orig.Path, Line: orig.Lines["milestones"]})
		return problems
	}
	for i := range om {
		a, b := om[i], tm[i]
		if a.Date.Bad != "" || b.Date.Bad != "" || a.End.Bad != "" || b.End.Bad != "" {
			continue // reported as not a date, in its own file
		}
		if a.Date != b.Date || a.End != b.End || a.Source != b.Source {
			problems.Add(diag.Pos{File: t.Path, Line: b.Line},
				fmt.Sprintf("milestone %d (%s) does not match %s (%s): date, end and source must be the same in every language", i+1, b.Date, orig.Path, a.Date),
				"copy date, end and source from the original's milestone, and translate only title, place and note",
				diag.Pos{File: orig.Path, Line: a.Line})
		}
	}
	return problems
}

// checkAlignment reports the first paragraph where a translation's
// structure leaves its original's, naming both files.
func checkAlignment(orig, t *content.Doc) diag.List {
	var problems diag.List
	ob, tb := orig.Body.Blocks, t.Body.Blocks
	for i := 0; i < max(len(ob), len(tb)); i++ {
		switch {
		case i >= len(tb):
			problems.Add(diag.Pos{File: t.Path, Line: lastLine(t)},
				fmt.Sprintf("paragraph %s of %s is missing here", ob[i].ID, orig.Path),
				"the translation ends early: translate the remaining paragraphs",
				diag.Pos{File: orig.Path, Line: ob[i].Line})
		case i >= len(ob):
			problems.Add(diag.Pos{File: t.Path, Line: tb[i].Line},
				fmt.Sprintf("paragraph %s has no counterpart in %s", tb[i].ID, orig.Path),
				"the translation has more paragraphs than the original: merge or remove this one",
				diag.Pos{File: orig.Path, Line: lastLine(orig)})
		case ob[i].ID != tb[i].ID || ob[i].Kind != tb[i].Kind:
			problems.Add(diag.Pos{File: t.Path, Line: tb[i].Line},
				fmt.Sprintf("paragraphs diverge from %s: %s here, %s there", orig.Path, tb[i].ID, ob[i].ID),
				"give both languages the same numbered paragraphs, headings and paragraph breaks",
				diag.Pos{File: orig.Path, Line: ob[i].Line})
		default:
			continue
		}
		return problems
	}
	return problems
}

func lastLine(d *content.Doc) int {
	if n := len(d.Body.Blocks); n > 0 {
		return d.Body.Blocks[n-1].Line
	}
	return d.BodyLine
}
