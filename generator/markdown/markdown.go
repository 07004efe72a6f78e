package markdown

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/concord-archive/concord/generator/diag"
)

// Options are the per-file inputs of [Converter.Convert].
type Options struct {
	Lang       string // "en", "fr": "fr" turns on French typography; "" means the Converter's language
	File       string // path for diagnostics, e.g. "content/declarations/x/fr.md"
	LineOffset int    // lines of the file before the body: body line 1 is file line LineOffset+1

	// RewriteLink maps a safe link or image destination to the href written.
	// It receives the destination with Markdown escapes and entities
	// resolved. Nil means identity.
	RewriteLink func(dest string) string
}

// Kind says what a [Block] is; templates pick the element and the label
// format from it.
type Kind int

const (
	Numbered Kind = iota // item of a top-level ordered list: p11
	Lettered             // lettered sub-paragraph: p11-a, p50-c-i
	Bullet               // item of a top-level bulleted list
	Heading              // heading; HTML is its inner content only
	Text                 // paragraph, table, blockquote, code, rule, …
)

var kindNames = [...]string{"Numbered", "Lettered", "Bullet", "Heading", "Text"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "Kind(?)"
	}
	return kindNames[k]
}

// Block is one anchored unit of the body.
type Block struct {
	ID     string // anchor without '#': "p11", "p11-a", "s0-1", "s2"
	Number string // visible label without punctuation: "11", "a"; "" if unnumbered
	Kind   Kind
	Depth  int    // 0 top level; 1 lettered under a numbered paragraph; 2 under lettered; …
	Level  int    // heading level 1-6 for Heading, else 0
	Line   int    // 1-based file line where the block starts
	HTML   []byte // the block's own content, without any anchor id
	Text   string // plain text: tags stripped, entities decoded, whitespace collapsed
}

// Link is a safe link or image destination found in the body.
type Link struct {
	Dest string // as written, with Markdown escapes and entities resolved; before RewriteLink
	Line int    // file line of the link
}

// Result is the converted body.
type Result struct {
	Blocks    []Block
	Footnotes []byte // rendered footnote list (<section class="footnotes">…), or nil
	Links     []Link
	Problems  diag.List
	// Refused is set when the body was not converted at all because it
	// nests deeper than MaxNesting; Problems says where.
	Refused bool
}

// Priorities of our goldmark components. goldmark runs block parsers,
// AST transformers and node renderers in ascending priority order, and
// registers renderers so that the lowest number wins for a node kind.
const (
	// letteredListPriority and letteredItemPriority come right after
	// goldmark's ListParser (300) and ListItemParser (400), whose roles they
	// mirror. They share no trigger byte with any other parser except the
	// catch-all paragraph and indented-code parsers, so only their order
	// between themselves matters: the list must be tried before the item, as
	// goldmark's own list parser is.
	letteredListPriority = 350
	letteredItemPriority = 450

	// typographyPriority and safetyPriority run after goldmark's footnote
	// transformer (999), which moves the footnote list to the end of the
	// document, so that both passes see footnotes too. Typography goes first
	// because the safety pass turns autolinks into links whose text must stay
	// untouched.
	typographyPriority = 1100
	safetyPriority     = 1200

	// htmlRendererPriority beats goldmark's HTML renderer (1000) and its
	// footnote renderer (500) for the node kinds we render ourselves.
	htmlRendererPriority = 100
)

// Converter turns Markdown bodies of one language into blocks. Build it once
// per language: the goldmark instance (parsers, renderers, footnote id
// prefix) is made in NewConverter and shared by all calls. Convert keeps its
// state in a per-call parser context, so a Converter is safe for concurrent
// use.
type Converter struct {
	lang string
	md   goldmark.Markdown
}

// NewConverter returns a Converter for lang. Footnote ids get the prefix
// lang+"-" ("fr-fn:1"), so both languages can share a page, and lang is the
// default of Options.Lang.
func NewConverter(lang string) *Converter {
	exts := []goldmark.Extender{
		extension.Table,
		extension.Strikethrough,
		extension.NewFootnote(extension.WithFootnoteIDPrefix(footnotePrefix(lang))),
		letteredLists{},
		frenchTypography{},
		safety{},
		htmlExtension{},
	}
	return &Converter{lang: lang, md: goldmark.New(goldmark.WithExtensions(exts...))}
}

func footnotePrefix(lang string) string {
	if lang == "" {
		return ""
	}
	return lang + "-"
}

// Convert parses src and returns its blocks. It never fails: problems are in
// Result.Problems, sorted.
func (c *Converter) Convert(src []byte, opts Options) Result {
	if opts.Lang == "" {
		opts.Lang = c.lang
	}
	st := newState(src, opts)
	if !st.checkNesting() {
		st.problems.Sort()
		return Result{Problems: st.problems, Refused: true}
	}
	return c.convert(st)
}

// convert runs goldmark and our passes over a body already checked.
func (c *Converter) convert(st *convertState) Result {
	pc := parser.NewContext()
	pc.Set(stateKey, st)
	doc := c.md.Parser().Parse(text.NewReader(st.src), parser.WithContext(pc))

	out := newOutliner(st, c.md.Renderer())
	out.document(doc)
	res := out.result()
	res.Problems.Sort()
	return res
}
