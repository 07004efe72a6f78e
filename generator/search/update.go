package search

import (
	"slices"
	"sync"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/site"
)

// Serve renders the index again after every edit, and writing every
// posting of a large archive costs one memory access per posting: some
// 80 ms per language at 2,000 declarations. An edit touches one file, so
// the next index starts from the last one and rewrites only the postings
// of the terms that file had or has, copying the unchanged stretches of
// their JSON as they were; the rest is joined into shards as is.

// last holds the index last made for each language: the starting point of
// the next. Any index is a correct starting point (update checks that it
// lists the same documents), so builds of different sites in one process
// only cost each other the shortcut.
var last = struct {
	mu     sync.Mutex
	byLang map[string]*Index
}{byLang: map[string]*Index{}}

// maxChangedShare: when more than one document in this many changed,
// building afresh is as quick as splicing.
const maxChangedShare = 8

// indexFor makes the index of lang for s, from the last one when it can.
func indexFor(s *site.Site, lang string) *Index {
	last.mu.Lock()
	prev := last.byLang[lang]
	last.mu.Unlock()
	ix := update(prev, s, lang, analysisOf)
	last.mu.Lock()
	last.byLang[lang] = ix
	last.mu.Unlock()
	return ix
}

// update makes the index of lang for s from prev, the index of a site with
// the same documents, or from scratch when prev lists other documents or
// too many of them changed. The result is byte for byte what build makes.
func update(prev *Index, s *site.Site, lang string, analyse func(*content.Doc) *analysis) *Index {
	docs, nShards := Layout(s, lang)
	if prev == nil || !sameDocs(prev.keys, docs) {
		return build(s, lang, analyse)
	}
	ix := newIndex(lang, docs, analyse)
	var changed []int32
	for i, a := range ix.docs {
		if a != prev.docs[i] {
			changed = append(changed, int32(i))
		}
	}
	switch {
	case len(changed) == 0 && nShards == len(prev.shards):
		return prev // the same files: a rebuild for the theme or the config
	case len(changed)*maxChangedShare > len(docs):
		return build(s, lang, analyse)
	}
	names := dict.snapshot()
	sp := newSplicer(prev, ix, changed)
	var added []int32
	for id := range sp.affected {
		if !sp.had[id] {
			added = append(added, id)
		}
	}
	sortTerms(added, names)
	// Merge prev's terms, some respelled or gone, with the added ones; both
	// lists are sorted by spelling.
	for i, id := range prev.terms {
		for len(added) > 0 && names[added[0]] < names[id] {
			ix.add(added[0], sp.respell(names[added[0]], added[0], nil))
			added = added[1:]
		}
		p := prev.post[i]
		if sp.affected[id] {
			p = sp.respell(names[id], id, p)
		}
		ix.add(id, p)
	}
	for _, id := range added {
		ix.add(id, sp.respell(names[id], id, nil))
	}
	ix.finish(names, nShards)
	return ix
}

// add appends a term to the index, unless it no longer occurs.
func (ix *Index) add(id int32, p *postings) {
	if p != nil {
		ix.terms = append(ix.terms, id)
		ix.post = append(ix.post, p)
	}
}

func sameDocs(keys []content.Key, docs []*site.Document) bool {
	return slices.EqualFunc(keys, docs, func(k content.Key, d *site.Document) bool { return k == d.Key })
}

// splicer rewrites the postings of the terms that the changed documents
// had (in prev) or have (in next).
type splicer struct {
	prev, next *Index
	changed    []int32                   // document numbers, ascending
	now        map[int32]map[int32]int32 // changed document → term → its position in the new analysis
	affected   map[int32]bool
	had        map[int32]bool // terms of prev
}

func newSplicer(prev, next *Index, changed []int32) *splicer {
	sp := &splicer{prev: prev, next: next, changed: changed,
		now: map[int32]map[int32]int32{}, affected: map[int32]bool{}, had: make(map[int32]bool, len(prev.terms))}
	for _, d := range changed {
		pos := map[int32]int32{}
		for i, id := range next.docs[d].terms {
			pos[id] = int32(i)
			sp.affected[id] = true
		}
		sp.now[d] = pos
		for _, id := range prev.docs[d].terms {
			sp.affected[id] = true
		}
	}
	for _, id := range prev.terms {
		sp.had[id] = true
	}
	return sp
}

// respell returns the postings of term id after the change, from old (nil
// for a term new to the language), or nil when the term is gone.
func (sp *splicer) respell(term string, id int32, old *postings) *postings {
	refs, from := sp.merge(id, old)
	if len(refs) == 0 {
		return nil
	}
	p := &postings{refs: refs, offs: make([]int32, len(refs)+1)}
	if old != nil {
		p.enc = make([]byte, 0, len(old.enc)+64)
	}
	p.enc = append(append(append(p.enc, '"'), term...), `":[`...)
	prevDoc := int32(-1)
	for k := 0; k < len(refs); {
		o := from[k]
		if o < 0 || old.docBefore(o) != prevDoc {
			p.offs[k] = int32(len(p.enc))
			p.enc = appendRef(p.enc, prevDoc, refs[k], sp.next.docs)
			prevDoc = refs[k].doc
			k++
			continue
		}
		// A run of refs that followed each other in old reads the same:
		// same documents, same gaps, same entries.
		j := k
		for j+1 < len(refs) && from[j+1] == from[j]+1 {
			j++
		}
		shift := int32(len(p.enc)) - old.offs[o]
		for m := k; m <= j; m++ {
			p.offs[m] = old.offs[from[m]] + shift
		}
		p.enc = append(p.enc, old.enc[old.offs[o]:old.offs[from[j]+1]]...)
		p.enc[len(p.enc)-1] = ',' // old may have ended the list here
		prevDoc = refs[j].doc
		k = j + 1
	}
	p.enc[len(p.enc)-1] = ']'
	p.offs[len(refs)] = int32(len(p.enc))
	return p
}

// merge lists term id's refs after the change: old's refs of unchanged
// documents and the changed documents' new refs, in document order. from[k]
// is the position in old of refs[k], or -1 for a new ref.
func (sp *splicer) merge(id int32, old *postings) (refs []ref, from []int32) {
	var oldRefs []ref
	if old != nil {
		oldRefs = old.refs
	}
	refs = make([]ref, 0, len(oldRefs)+len(sp.changed))
	from = make([]int32, 0, cap(refs))
	changed := sp.changed
	addChanged := func(d int32) {
		if t, ok := sp.now[d][id]; ok {
			refs = append(refs, ref{d, t})
			from = append(from, -1)
		}
	}
	for k, r := range oldRefs {
		for len(changed) > 0 && changed[0] < r.doc {
			addChanged(changed[0])
			changed = changed[1:]
		}
		if len(changed) > 0 && changed[0] == r.doc {
			continue // its new ref, if any, is added with the next document
		}
		refs = append(refs, r)
		from = append(from, int32(k))
	}
	for _, d := range changed {
		addChanged(d)
	}
	return refs, from
}

// docBefore is the document of the ref before ref k, -1 for the first.
func (p *postings) docBefore(k int32) int32 {
	if k == 0 {
		return -1
	}
	return p.refs[k-1].doc
}
