// Package markdown converts the Markdown body of one language file into a
// sequence of anchored HTML blocks.
//
// It knows nothing about the site: the output depends only on the input bytes
// and [Options], so a converted body can be cached by file hash. Parsing never
// fails; every problem an editor should fix comes back in [Result.Problems]
// with the file line it was found on.
//
// # Syntax
//
// The body is CommonMark with GFM tables, strikethrough and footnotes (see
// spec/CONTENT-FORMAT.md). Two things differ from plain goldmark:
//
//   - Lettered sub-paragraphs ("a. …", "b) …") are list items of our own
//     block parser. They are recognised only inside a numbered or lettered
//     item, so a line of prose such as "a. m. service" stays text.
//   - Raw HTML is escaped and shown as text, never passed through.
//
// # Anchors
//
// The blocks are the unit readers cite and bookmark, so their IDs are a
// contract that must read the same in every language:
//
//	p11          item 11 of a top-level ordered list (the number as written)
//	p11-a        lettered sub-paragraph a of paragraph 11
//	p50-c-i      lettered item i under p50-c
//	s2           the second top-level heading
//	s2-3         the third other unnumbered block after it (s0-n before any heading)
//
// Each item of a top-level bulleted list is its own block, counted like a
// paragraph. Nested bulleted and numeric lists stay inside their item's HTML;
// nested lettered lists become blocks of their own, right after their parent.
// A repeated number is reported and the later block gets a suffix (p11-2).
// Text that follows a lettered list inside the same item has no anchor in
// the content format: it is reported and kept, in order, as p11-cont.
//
// # Safety
//
// Link and image destinations must be http:, https:, mailto:, a #fragment or
// a scheme-less relative path. Anything else is rendered as its text and
// reported. Safe destinations go through [Options.RewriteLink] and are listed
// in [Result.Links] for the site stage to check.
//
// # Limits
//
// Lists and block quotes may nest [MaxNesting] levels deep. A deeper body
// is reported at the line where it passes the bound and not converted
// ([Result.Refused]): goldmark's time grows with the square of the depth,
// and a file of a few megabytes of "- - - …" would stall the build.
//
// # French typography
//
// For Lang "fr" an AST pass puts the no-break spaces French typography asks
// for around ; ! ? : « and », in text only (never in code, URLs or autolinks).
package markdown
