package search

import (
	"strconv"

	"github.com/concord-archive/concord/generator/site"
)

// ManifestFile, ShardFile and DocFile name the files of a language's
// index, below <lang>/search/index/ (see the package doc).
const ManifestFile = "manifest.json"

// ShardFile is the name of shard i.
func ShardFile(i int) string { return "t" + strconv.Itoa(i) + ".json" }

// DocFile is the name of document i's entries.
func DocFile(i int) string { return "d" + strconv.Itoa(i) + ".json" }

// blocksPerShard is how many blocks of text make one shard: a paragraph
// is some 250 bytes of text, and postings run at about a third of the text
// they index, so a shard is some 30 KB of JSON (under 10 KB compressed),
// one request for a query word, without splitting a small archive into
// many files.
const blocksPerShard = 400

// maxShards bounds the shard count, and with it the manifest.
const maxShards = 1024

// Layout returns what Plan needs to list a language's index files, without
// building the index: the documents that have a file in lang, whose
// position numbers their d<i>.json, and the number of shards, from the
// number of their blocks. Both change only when documents come or go or
// gain or lose many blocks; the index spreads its terms over the shards.
// It costs a pass over the documents, not their text.
func Layout(s *site.Site, lang string) (docs []*site.Document, shards int) {
	blocks := 0
	for _, d := range s.Docs {
		if f := d.In(lang); f != nil {
			docs = append(docs, d)
			blocks += 1 + len(f.Body.Blocks)
		}
	}
	return docs, min(1+blocks/blocksPerShard, maxShards)
}
