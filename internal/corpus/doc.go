// Package corpus generates large synthetic archives for Concord's
// benchmarks and latency measurements (issues 4 and 5).
//
// An archive of n declarations has, like the real one: n declarations in
// English and French, each of about 1,500 words in 25 to 60 numbered
// paragraphs, one in four with 2 to 4 lettered sub-paragraphs, the same
// paragraph structure in both languages, originals alternating between
// the languages, 0 to 3 citations of earlier declarations (some to a
// paragraph), body links to paragraphs of other declarations, 2 to 5 tags
// out of 40, places with accents (Liège, Düsseldorf, Genève) and dates
// spread over 2015-2019; n/20 events with 3 to 10 milestones aligned
// between the languages; n/10 news items, in English, about half with a
// French translation; and an about page.
//
// # Running it
//
// From the repository root:
//
//	go run ./cmd/concord-corpus -n 5000 -out /dev/shm/corpus-5000
//	go run ./cmd/concord check --source /dev/shm/corpus-5000
//	go run ./cmd/concord build --source /dev/shm/corpus-5000 --out /dev/shm/public-5000
//
// The output folder must be new or empty (-force writes into a non-empty
// one), and may be neither a repository root nor inside a content folder.
// -seed (default 1) picks another archive of the same size; -theme names
// the Concord theme to copy (default themes/default, relative to the
// current folder).
//
// # Hugo
//
// -format hugo writes the same documents as a Hugo site, for comparing
// build times: hugo.toml (languages en and fr, defaultContentLanguageInSubdir),
// leaf bundles content/<section>/<slug>/index.<lang>.md with TOML front
// matter (title, date, tags, summary; events also carry their milestones),
// section pages _index.<lang>.md, and themes/min, a plain theme of a few
// short templates that makes about as much HTML per page as Concord's
// theme. Hugo then makes one page per document and language, section
// lists, tag pages, a feed per language, sitemaps and a 404 page:
//
//	go run ./cmd/concord-corpus -n 5000 -format hugo -out /dev/shm/hugo-5000
//	cd /dev/shm/hugo-5000 && hugo --destination /dev/shm/hugo-public-5000
//
// The two sites are not page for page the same: Concord also makes
// side-by-side pages, stub pages for missing translations, timelines and
// "cited by" lists, and Hugo has no paragraph anchors. Compare time per
// page as well as total time.
//
// # Determinism
//
// The same n and seed give byte-identical files on every machine, and
// documents do not depend on each other's generation: each part of each
// document (its skeleton, its front matter, its English and its French
// words) draws from its own PCG stream seeded from (seed, kind, part,
// index). Only integer draws are used, never floats. Cross-document
// references (citations, body links, a declaration's event) are made from
// the cited document's skeleton, recomputed on demand, so a document can
// be generated alone, in any order, and written to disk at once; memory
// does not grow with n. TestGolden pins the bytes of a small archive, so a
// change of output, ours or math/rand/v2's, does not go unnoticed.
package corpus
