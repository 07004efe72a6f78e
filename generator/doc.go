// Package generator is Concord's library: it turns the archive's Markdown
// files into a bilingual static website. Its work is split into one package
// per stage; this page is the manual for editors and developers alike.
//
// # Content
//
// Every document is a folder content/<section>/<slug>/ holding one Markdown
// file per configured language (en.md, fr.md) and, optionally, attachments
// (any other file, such as original-fr.pdf), which are copied next to the
// document's pages and listed on them. Sections are declarations, events,
// news and pages. A slug is lowercase ASCII letters and digits joined by
// single hyphens. Files of one folder are translations of each other.
//
// # Front matter
//
// A file starts with TOML between two "+++" lines. Every file has a title
// and either original = true (exactly one file per folder) or translation =
// "official" | "unofficial"; an unofficial translation is shown as such.
//
// Language-neutral fields are written once, in the original, and inherited
// by the translations: date, end, draft, tags, event, place, signatories,
// organizers, cites. A translation that repeats one with another value is an
// error. Per-language fields are title, summary, references (declarations:
// instruments outside the archive, as [[references]] title and url) and
// milestones (events).
//
// Dates are TOML dates (2017-11-17); a milestone known only to the month or
// year may be written "2016-06" or "2016". Events carry [[milestones]] with
// date, optional end, title, place, source and note; each language lists the
// same milestones in the same order, and date, end and source must match.
// An unknown field is an error with a "did you mean" hint.
//
// # Markdown
//
// Bodies are CommonMark with GFM tables, strikethrough and footnotes. Raw
// HTML is shown as text, never passed through, and links with schemes other
// than http, https and mailto are refused. Top-level ordered list items are
// numbered paragraphs, anchored #p11; lettered items under them (a. …) are
// anchored #p11-a, and nested ones #p50-c-i. Other blocks are anchored by
// position within their section (#s2 for the second heading, #s2-3 for the
// third paragraph after it), so the languages of a document must have the
// same paragraph structure; the first divergence is an error naming both
// files. A link [text](mechelen-2017#p11) points at another document or
// paragraph (a bare slug means declarations/; events/x names an event).
// French text gets no-break spaces before ; : ! ? and inside « ».
//
// # Site graph
//
// Package site groups the files into documents, resolves events, citations
// (cites, with their "cited by" back-links) and body links, and builds the
// timelines: an event's timeline is the event, its milestones and every
// document whose event is that event, in date order; the site-wide timeline
// merges them all. Drafts are left out unless --drafts.
//
// # Rendering
//
// Package render plans every page (DESIGN.md lists the URLs) and renders each
// with the theme's html/template layouts: themes/<theme>/layouts/base.html
// plus one file per page kind (root, home, list, doc, parallel, stub,
// timeline, tags, tag, notfound, search) and layouts/partials/*.html.
// Templates get a render.View; its methods are the template vocabulary: .T
// "key" (an interface word from i18n/<lang>.toml; a missing key fails the
// build), .Date and .DateRange (localised with the i18n months), .URLOf
// "en/x/" (a page or asset path under the base URL), .LangNameOf. A document
// missing in a language gets a stub page there that says so and links to
// the original.
//
// Every declaration is citable, as a whole and paragraph by paragraph: its
// page has a Cite section (.Cite, partials/cite.html) and, next to it, the
// downloads cite.bib (BibTeX), cite.ris (RIS) and cite.json (CSL-JSON), all
// made from the same front matter, never from the clock. .Head gives a
// page's machine-readable head (partials/meta.html): OpenGraph tags on
// every page, the citation_* tags reference managers read on declarations,
// and schema.org JSON-LD on declarations (Legislation), events (Event) and
// news (NewsArticle).
//
// Each language has a search page, /en/search/, run by the theme's
// search.js over an index package search builds with the site: every
// paragraph's words, case and accents folded and lightly stemmed, cut into
// shards under /en/search/index/ so that a query fetches only the few
// files it needs. Without JavaScript the page links to the lists instead.
//
// Every numbered paragraph's number links to itself (#p11); beside it are
// links to the same paragraph in the other language and side by side, and
// a followed link highlights its paragraph. The site-wide timeline has a
// page per year (/en/timeline/2017/) and links to each event's timeline,
// so it narrows without JavaScript. The theme's one reading script,
// static/reading.js, only makes the language switcher keep the reader's
// #paragraph; every page works without it.
//
// After a build, concord check --output public runs package linkcheck over
// the output: every internal href and src must name a file of the output
// and every #fragment an element of its page.
//
// # Errors
//
// Every stage reports problems as diag.Problem values: file, line and column,
// a message and a hint saying what to do. A stage collects all its problems
// before the build stops, so one run shows every mistake. A build with any
// error writes nothing.
//
// # Architecture
//
// Data flows one way, and imports only point to earlier stages:
//
//		diag → tomlx → config → markdown → content → site → render → write → build → cmd/concord
//
//	  - config: config.toml → config.Config.
//	  - content: files → content.Doc. File-local and pure: a Doc depends only
//	    on its file's bytes and the config, so it can be cached by path and
//	    hash. Markdown is converted here, once per file, into anchored HTML
//	    blocks that every page showing the file reuses.
//	  - site: docs → site.Site, every cross-file rule. Cheap; recomputed in
//	    full on any change.
//	  - render: site → pages. Render(page) is a pure function, run in
//	    parallel; each page lists the documents it depends on.
//	  - write: pages → files, through a staging folder beside the output, one
//	    atomic rename per changed file, unchanged files left alone, stale files
//	    removed. A failed or interrupted build leaves the previous output as
//	    it was.
//
// Output is deterministic: inputs are sorted, parallel results are stored
// by index, and nothing reads the clock or map order into a page.
package generator
