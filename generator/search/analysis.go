package search

import (
	"bytes"
	"encoding/json"
	"hash/crc32"
	"strconv"
	"strings"

	"github.com/concord-archive/concord/generator/content"
)

// maxEntries bounds the entries of one document, so that search.js can
// pack a document number and an entry number into one exact float.
const maxEntries = 1 << 20

// analysis is what one language file gives the index: its entries, ready
// to send as the document's file, and its terms with the entries each
// occurs in. It depends only on the file, so it is computed once per
// parsed file (see memo.go).
type analysis struct {
	doc []byte // the document's index file: title, URL and entry texts (JSON)
	crc uint32 // of doc, for the manifest's version
	// terms are the file's distinct terms, by dictionary number; entries[i]
	// lists the entries terms[i] occurs in, already written as JSON
	// numbers, each after a comma: ",0,4".
	terms   []int32
	entries [][]byte
}

// docJSON is a document's index file. Entry 0 is the title with the
// summary, which links to the top of the page; entry i > 0 is E[i-1], an
// anchored block.
type docJSON struct {
	Title   string      `json:"t"`
	Summary string      `json:"s,omitempty"`
	URL     string      `json:"u"` // below the language's home: "declarations/x/"
	E       [][2]string `json:"e"` // anchor, plain text
}

// analyse reads a language file into an analysis. Blocks without a single
// term (a rule, a paragraph of stop words) are not entries.
func analyse(f *content.Doc) *analysis {
	lang := f.Lang
	d := docJSON{Title: f.Meta.Title, Summary: f.Meta.Summary, URL: strings.TrimPrefix(content.URL("", lang, f.Key), lang+"/")}
	occurs := map[string][]int{}
	terms := map[string]string{} // word as written → its term: a file repeats its words
	add := func(entry int, text string) bool {
		found := false
		splitWords(text, func(raw string) {
			t, ok := terms[raw]
			if !ok {
				t = termOf(lang, raw)
				terms[raw] = t
			}
			if t == "" {
				return
			}
			list := occurs[t]
			if len(list) == 0 || list[len(list)-1] != entry {
				occurs[t] = append(list, entry)
			}
			found = true
		})
		return found
	}
	add(0, d.Title+"\n"+d.Summary)
	for _, b := range f.Body.Blocks {
		if len(d.E)+1 < maxEntries && add(len(d.E)+1, b.Text) {
			d.E = append(d.E, [2]string{b.ID, b.Text})
		}
	}
	doc := encodeJSON(d)
	a := &analysis{doc: doc, crc: crc32.ChecksumIEEE(doc), terms: make([]int32, 0, len(occurs)), entries: make([][]byte, 0, len(occurs))}
	for t, list := range occurs {
		var b []byte
		for _, e := range list {
			b = strconv.AppendInt(append(b, ','), int64(e), 10)
		}
		a.terms = append(a.terms, dict.id(t))
		a.entries = append(a.entries, b)
	}
	return a
}

// encodeJSON writes v compactly, without escaping <, > and & (the files
// are fetched as data, never inlined in HTML).
func encodeJSON(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// Our own types of strings and numbers always encode.
		return nil
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
