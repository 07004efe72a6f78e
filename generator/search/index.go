package search

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/site"
)

// Index is the search index of one language, as the files search.js
// fetches. It is immutable once built.
type Index struct {
	lang    string
	keys    []content.Key // the documents, by number: d<number>.json
	docs    []*analysis   // their analyses, by number
	numbers map[content.Key]int
	// terms are the language's terms by dictionary number, sorted by
	// spelling; post[i] are the postings of terms[i].
	terms    []int32
	post     []*postings
	shards   [][]byte // t<i>.json; those after the last used one are empty
	manifest []byte
}

// postings are one term's occurrences, by document, and their JSON.
type postings struct {
	refs []ref
	enc  []byte // `"term":[…]`
	// offs[k] is where refs[k] is written in enc; offs[len(refs)] is
	// len(enc). Ref k's text ends one byte before offs[k+1], at the comma
	// (or the closing bracket) that follows it.
	offs []int32
}

// ref is one document's entries for a term: document number and the
// term's position in that document's analysis.
type ref struct{ doc, term int32 }

// build makes the index of lang from scratch.
func build(s *site.Site, lang string, analyse func(*content.Doc) *analysis) *Index {
	docs, nShards := Layout(s, lang)
	ix := newIndex(lang, docs, analyse)
	names := dict.snapshot()
	byID := make([][]ref, len(names))
	for d, a := range ix.docs {
		for i, id := range a.terms {
			if byID[id] == nil {
				ix.terms = append(ix.terms, id)
			}
			byID[id] = append(byID[id], ref{int32(d), int32(i)})
		}
	}
	sortTerms(ix.terms, names)
	ix.post = make([]*postings, len(ix.terms))
	for i, id := range ix.terms {
		ix.post[i] = encode(names[id], byID[id], ix.docs)
	}
	ix.finish(names, nShards)
	return ix
}

// newIndex starts the index of docs, with their analyses. The first index
// of a build analyses every file, so it spreads the files over the CPUs
// (the render workers that need the index wait for it meanwhile).
func newIndex(lang string, docs []*site.Document, analyse func(*content.Doc) *analysis) *Index {
	ix := &Index{lang: lang, keys: make([]content.Key, len(docs)), docs: make([]*analysis, len(docs)),
		numbers: make(map[content.Key]int, len(docs))}
	for i, d := range docs {
		ix.keys[i] = d.Key
		ix.numbers[d.Key] = i
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(docs)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(docs); i = int(next.Add(1)) - 1 {
				ix.docs[i] = analyse(docs[i].In(lang))
			}
		})
	}
	wg.Wait()
	return ix
}

func sortTerms(ids []int32, names []string) {
	slices.SortFunc(ids, func(a, b int32) int { return strings.Compare(names[a], names[b]) })
}

// encode writes a term's postings. A posting list is, for each document,
// minus the gap from the previous document (the first from -1, so every
// gap is at least 1) followed by the document's entry numbers:
// "term":[-1,0,3,-2,5] is entries 0 and 3 of document 0 and entry 5 of
// document 2.
func encode(term string, refs []ref, docs []*analysis) *postings {
	size := len(term) + 4
	for _, r := range refs {
		size += len(docs[r.doc].entries[r.term]) + 6
	}
	p := &postings{refs: refs, enc: make([]byte, 0, size), offs: make([]int32, len(refs)+1)}
	p.enc = append(append(append(p.enc, '"'), term...), `":[`...)
	prev := int32(-1)
	for k, r := range refs {
		p.offs[k] = int32(len(p.enc))
		p.enc = appendRef(p.enc, prev, r, docs)
		prev = r.doc
	}
	p.enc[len(p.enc)-1] = ']'
	p.offs[len(refs)] = int32(len(p.enc))
	return p
}

// appendRef writes one document's part of a posting list and a comma.
func appendRef(b []byte, prev int32, r ref, docs []*analysis) []byte {
	b = strconv.AppendInt(b, int64(prev-r.doc), 10)
	return append(append(b, docs[r.doc].entries[r.term]...), ',')
}

// finish cuts the postings into shards and writes the manifest.
func (ix *Index) finish(names []string, nShards int) {
	first := ix.cut(nShards)
	firstTerms := make([]string, len(first))
	for i, t := range first {
		firstTerms[i] = names[ix.terms[t]]
	}
	ix.manifest = ix.writeManifest(firstTerms)
}

// cut joins the postings into nShards JSON objects of about equal size,
// at term boundaries, and returns the position of each used shard's first
// term. A term longer than a shard fills one alone; shards left over at
// the end are empty objects the manifest does not list.
func (ix *Index) cut(nShards int) (first []int) {
	starts := make([]int, len(ix.post)+1) // where each term starts, all joined with commas
	for i, p := range ix.post {
		starts[i+1] = starts[i] + len(p.enc) + 1
	}
	total := starts[len(ix.post)]
	ix.shards = make([][]byte, nShards)
	for i := 0; i < len(ix.post); {
		k, end := len(first), i+1
		for end < len(ix.post) && (k == nShards-1 || starts[end] < (k+1)*total/nShards) {
			end++
		}
		ix.shards[k] = join(ix.post[i:end], starts[end]-starts[i])
		first = append(first, i)
		i = end
	}
	for i := range ix.shards {
		if ix.shards[i] == nil {
			ix.shards[i] = []byte("{}")
		}
	}
	return first
}

// join writes postings as one JSON object of size bytes.
func join(post []*postings, size int) []byte {
	b := make([]byte, 0, size+1)
	b = append(b, '{')
	for _, p := range post {
		b = append(append(b, p.enc...), ',')
	}
	b[len(b)-1] = '}'
	return b
}

// writeManifest writes what a query reads first: the first term of each
// shard and a version that changes with any index file, which search.js
// adds to the other files' URLs so that a fresh manifest is never read
// with stale shards from the browser's cache.
func (ix *Index) writeManifest(first []string) []byte {
	h := crc32.NewIEEE()
	var word [4]byte
	sum := func(c uint32) {
		binary.LittleEndian.PutUint32(word[:], c)
		h.Write(word[:])
	}
	for _, s := range ix.shards {
		sum(crc32.ChecksumIEEE(s))
	}
	for _, a := range ix.docs {
		sum(a.crc)
	}
	if len(first) > 0 {
		first[0] = "" // the first shard also holds anything before its first term
	}
	return encodeJSON(struct {
		Version string   `json:"v"`
		Shards  []string `json:"s"`
	}{fmt.Sprintf("%08x", h.Sum32()), first})
}

// File returns the bytes of the index file name (ManifestFile, a
// ShardFile or a DocFile), or false when the index has no such file.
func (ix *Index) File(name string) ([]byte, bool) {
	if name == ManifestFile {
		return ix.manifest, true
	}
	stem, ok := strings.CutSuffix(name, ".json")
	if !ok || len(stem) < 2 {
		return nil, false
	}
	i, err := strconv.Atoi(stem[1:])
	if err != nil || i < 0 || strconv.Itoa(i) != stem[1:] {
		return nil, false
	}
	switch {
	case stem[0] == 't' && i < len(ix.shards):
		return ix.shards[i], true
	case stem[0] == 'd' && i < len(ix.docs):
		return ix.docs[i].doc, true
	}
	return nil, false
}
