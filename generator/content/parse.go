package content

import (
	"crypto/sha256"
	"strings"

	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/markdown"
)

// Parser parses language files. It holds one Markdown converter per
// language, built once and shared by concurrent Parse calls.
type Parser struct {
	basePath   string
	converters map[string]*markdown.Converter
}

// NewParser returns a parser for the given languages. basePath ("/" or
// "/archive/") prefixes the links it writes to other documents.
func NewParser(basePath string, langs []string) *Parser {
	p := &Parser{basePath: basePath, converters: map[string]*markdown.Converter{}}
	for _, l := range langs {
		p.converters[l] = markdown.NewConverter(l)
	}
	return p
}

// Parse turns one language file into a Doc. It always returns a Doc, as
// complete as the file allows, together with the file's problems, so that
// one build can report every mistake.
func (p *Parser) Parse(f File) (*Doc, diag.List) {
	var problems diag.List
	d := &Doc{Key: f.Key, Lang: f.Lang, Path: f.Path, Hash: sha256.Sum256(f.Data)}
	if line, col := invalidUTF8(f.Data); line > 0 {
		problems.Add(diag.Pos{File: f.Path, Line: line, Col: col}, "file is not valid UTF-8", "save it as UTF-8 in your editor")
		d.Broken = true
		return d, problems
	}
	src := Normalize(f.Data)
	front, body, bodyLine, split := Split(src, f.Path)
	if split != nil {
		problems = append(problems, *split)
		d.Broken = true
		return d, problems
	}
	meta, lines, metaProblems := decodeMeta(front, f.Path, f.Key.Section, 1)
	problems.Append(metaProblems)
	d.Meta, d.Lines, d.BodyLine = meta, lines, bodyLine
	d.Broken = lines == nil // the TOML itself did not decode
	d.Body = p.converters[f.Lang].Convert(body, markdown.Options{
		Lang:        f.Lang,
		File:        f.Path,
		LineOffset:  bodyLine - 1,
		RewriteLink: p.linkRewriter(f),
	})
	problems.Append(d.Body.Problems)
	d.Broken = d.Broken || d.Body.Refused
	d.anchors = make(map[string]bool, len(d.Body.Blocks))
	for _, b := range d.Body.Blocks {
		d.anchors[b.ID] = true
	}
	return d, problems
}

// linkRewriter turns links between archive documents and to attachments
// into absolute paths, because a rendered block appears both on its own page
// and on the side-by-side page one folder deeper. Whether the target exists
// is checked by site.Build, which knows every document.
func (p *Parser) linkRewriter(f File) func(string) string {
	return func(dest string) string {
		switch {
		case strings.HasPrefix(dest, "#") || strings.Contains(dest, ":") || strings.HasPrefix(dest, "/"):
			return dest
		case IsRef(dest):
			ref, err := ParseRef(dest)
			if err != nil {
				return dest
			}
			return URL(p.basePath, f.Lang, ref.Key) + anchorSuffix(ref.Anchor)
		}
		return URL(p.basePath, f.Lang, f.Key) + dest
	}
}

// URL is the path of a document's page in a language: /en/declarations/x/,
// or /en/about/ for the pages section, whose pages sit at the top of a
// language. It lives here, not in render, because links in Markdown bodies
// are written while parsing.
func URL(basePath, lang string, k Key) string {
	if k.Section == "pages" {
		return basePath + lang + "/" + k.Slug + "/"
	}
	return basePath + lang + "/" + k.Section + "/" + k.Slug + "/"
}

func anchorSuffix(a string) string {
	if a == "" {
		return ""
	}
	return "#" + a
}
