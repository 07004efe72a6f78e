package site

import (
	"slices"
	"strings"

	"github.com/concord-archive/concord/generator/content"
)

// Coverage says how far the archive is translated: concord check prints it
// after the problems, so editors see which translations are still to do
// and which ones readers are warned about.
type Coverage struct {
	Docs  int            // published documents
	Langs []string       // the configured languages, default first
	Have  map[string]int // documents with a file in each language
	// Missing lists, per language, the documents without a file in it,
	// by section then slug.
	Missing map[string][]*Document
	// Unofficial lists the unofficial translations, by path.
	Unofficial []*content.Doc
}

// Coverage counts the languages of every published document.
func (s *Site) Coverage() Coverage {
	c := Coverage{Docs: len(s.Docs), Langs: s.Config.Codes(), Have: map[string]int{}, Missing: map[string][]*Document{}}
	for _, d := range s.Docs {
		for _, lang := range c.Langs {
			f := d.Langs[lang]
			switch {
			case f == nil:
				c.Missing[lang] = append(c.Missing[lang], d)
				continue
			case f.Meta.Translation == "unofficial":
				c.Unofficial = append(c.Unofficial, f)
			}
			c.Have[lang]++
		}
	}
	slices.SortFunc(c.Unofficial, func(a, b *content.Doc) int { return strings.Compare(a.Path, b.Path) })
	return c
}
