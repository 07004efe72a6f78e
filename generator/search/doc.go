// Package search builds the archive's full-text index at build time: one
// index per language, cut into files so that a reader's browser fetches
// only what a query needs, and read by the theme's search.js.
//
// # Entries
//
// What a query finds are entries: every anchored block of a language file
// (a numbered or lettered paragraph, a heading, an unnumbered paragraph,
// a bullet), from the blocks package markdown already made, with their
// plain text, plus the document's title and summary as entry 0. A result
// links to its block: /fr/declarations/mechelen-2017/#p7, or to the top of
// the page for entry 0. Footnotes, front matter other than the title and
// summary (tags, places, signatories), and blocks with no word worth
// indexing are left out. Documents are numbered in the
// site's order (section, then slug) among those with a file in the
// language.
//
// # Words
//
// Text and queries are read the same way, here and in search.js:
//
//   - Words are runs of letters, digits and combining marks; anything else
//     separates them (spaces, the no-break spaces of French typography,
//     apostrophes, hyphens), so "l’intégration" is "l" and "integration".
//   - Folding lowers the case and removes accents: a table spells the
//     accented Latin letters and ligatures plainly (é is e, œ is oe, ß is
//     ss), combining marks are dropped, fullwidth forms made ASCII; other
//     scripts are lowered and kept. The standard library has no Unicode
//     decomposition and golang.org/x/text is not among our dependencies,
//     hence the table. Words over 40 characters are dropped.
//   - Stop words (articles, pronouns, prepositions, auxiliaries) are left
//     out of the index, and of queries but for the word being typed.
//   - Stemming is light and rule-based, one table per language (stem.go):
//     plurals, feminines, participles and infinitives, and a few
//     derivations (-ation, -ement, -ate, -ness) meet at one stem, so
//     "déplacés", "déplacées", "déplacement" and "déplacer" are all
//     "deplac". Its limits are on purpose: irregular forms stay apart
//     (travaux, travail), French conjugations beyond the infinitive and the
//     participle are not conflated (décidons), nor English -ment or -ity
//     words, and unrelated words may meet (state, statement: "stat").
//
// The tables are copied in search.js; js_test.go runs the copies and these
// over the same vectors in Chromium, so the two cannot drift apart.
//
// # Files
//
// The index of a language is under <lang>/search/index/:
//
//	manifest.json  {"v":"3641fff1","s":["","bo","de",…]}
//	t<i>.json      a shard: {"term":[postings],…}
//	d<n>.json      document n: {"t":title,"s":summary,"u":"declarations/x/","e":[["p1","text"],…]}
//
// The manifest lists the first term of each shard (the first is "": it
// also holds anything before its first term), and a version: a checksum
// of every file, which search.js adds to the other URLs so that a new
// manifest never meets stale shards from the browser's cache.
//
// The terms, sorted, are cut into shards of about equal size at term
// boundaries; the number of shards comes from the language's number of
// blocks (one per 400), so that Plan can list the files without building
// the index, and a term goes to the shard whose range holds it. A query
// word needs one shard, rarely two (a prefix that straddles a boundary).
//
// Postings are compact JSON integers: for each document, minus its gap from
// the previous one, then its entry numbers, "term":[-1,0,3,-2,5] being
// entries 0 and 3 of document 0 and entry 5 of document 2. Negative gaps
// mark documents without a separator, and gaps and entry numbers stay
// small, a digit or two each.
// The entry texts are not in the shards but in the document files, fetched
// only for the results shown, ten at a time.
//
// # Queries
//
// search.js reads the query's words as above. Every word must match; the
// last one, while the reader is still typing it, matches as a prefix (and
// also the stems it is about to reach: "integra" finds "integr", see
// matchesTyped). Results are ranked by how many words match exactly (not
// only as a prefix), then how many are in the document's title or summary,
// then in the archive's order, and show the matching words highlighted.
//
// # Serve
//
// The manifest and the shards hold every document's words, so serve renders
// them after every edit. Two things keep that cheap (memo.go, update.go):
// the analysis of a file is kept as long as the parsed file lives, so an
// edit analyses one file again; and the next index starts from the last
// one, rewriting only the postings of that file's terms and copying the
// rest of their JSON as it was.
package search
