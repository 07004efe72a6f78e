package site

import (
	"slices"
	"strings"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
)

// group gathers the language files of each folder into a Document and finds
// its original. Drafts are left out here, before anything can link to them.
func (s *Site) group(docs []*content.Doc, opts Options) diag.List {
	var problems diag.List
	byKey := map[content.Key][]*content.Doc{}
	broken := map[content.Key]bool{}
	for _, d := range docs {
		if d.Broken {
			broken[d.Key] = true
			s.unusable[d.Key] = true
			continue
		}
		byKey[d.Key] = append(byKey[d.Key], d)
	}
	keys := make([]content.Key, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, content.Key.Compare)
	for _, k := range keys {
		files := byKey[k]
		orig, probs := findOriginal(files)
		if !broken[k] {
			// With a broken file in the folder, a missing original is
			// most likely that file: its own error says what to fix.
			problems.Append(probs)
		}
		switch {
		case orig == nil || len(probs) > 0:
			// No original, or two: which file holds the document's
			// fields is unknown, so nothing can be checked against it.
			s.unusable[k] = true
			continue
		case orig.Meta.Draft && !opts.Drafts:
			s.drafts[k] = true
			continue
		}
		doc := &Document{Key: k, Orig: orig, Langs: map[string]*content.Doc{}, Meta: orig.Meta}
		for _, f := range files {
			doc.Langs[f.Lang] = f
		}
		s.Docs = append(s.Docs, doc)
		s.byKey[k] = doc
	}
	return problems
}

func findOriginal(files []*content.Doc) (*content.Doc, diag.List) {
	var problems diag.List
	var originals []*content.Doc
	for _, f := range files {
		if f.Meta.Original {
			originals = append(originals, f)
		}
	}
	switch len(originals) {
	case 1:
		return originals[0], nil
	case 0:
		for _, f := range files {
			if f.Meta.Translation != "" {
				problems.Add(diag.Pos{File: f.Path, Line: f.Lines["translation"]}, "translation without an original",
					"add the original-language file to "+folder(f)+" with original = true, or mark this file original = true")
			}
		}
		return nil, problems
	}
	for _, f := range originals[1:] {
		problems.Add(diag.Pos{File: f.Path, Line: f.Lines["original"]}, "two originals for one document",
			"keep original = true in one file only and mark the other translation = \"official\" or \"unofficial\"",
			diag.Pos{File: originals[0].Path, Line: originals[0].Lines["original"]})
	}
	return originals[0], problems
}

func folder(f *content.Doc) string { return f.Path[:strings.LastIndex(f.Path, "/")+1] }

// attach lists each document's attachments.
func (s *Site) attach(files []content.File) {
	for _, f := range files {
		if d := s.byKey[f.Key]; d != nil {
			d.Attachments = append(d.Attachments, f.Path[strings.LastIndex(f.Path, "/")+1:])
		}
	}
	for _, d := range s.Docs {
		slices.Sort(d.Attachments)
	}
}
