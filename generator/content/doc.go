// Package content turns the files under content/ into parsed documents: it
// finds each document folder's language files and attachments, splits and
// decodes the TOML front matter and converts the Markdown body.
//
// Everything here is file-local: a Doc depends only on its own file's bytes
// (and the config), so a Doc can be cached by path and content hash and
// reused until the file changes. Rules between documents (translations,
// citations, events) belong to package site.
package content

import (
	"crypto/sha256"
	"strings"

	"github.com/concord-archive/concord/generator/markdown"
)

// Sections are the first folders under content/, in the order menus list them.
var Sections = []string{"declarations", "events", "news", "pages"}

// Key names a document: all language files of one folder share it.
type Key struct {
	Section string
	Slug    string
}

func (k Key) String() string { return k.Section + "/" + k.Slug }

// Compare orders keys as their String forms sort, without making them:
// by section, then by slug. (No section name is a prefix of another, so
// comparing the parts is comparing the strings.) The site is sorted by key
// after every edit in serve.
func (k Key) Compare(o Key) int {
	if c := strings.Compare(k.Section, o.Section); c != 0 {
		return c
	}
	return strings.Compare(k.Slug, o.Slug)
}

// Doc is one parsed language file. It is immutable once Parse returns it.
type Doc struct {
	Key  Key
	Lang string
	Path string // slash path from the source root: content/declarations/x/fr.md

	Meta Meta
	// Lines maps each front matter key that the file sets to its line, so
	// later stages can point at a contradicting field and know which
	// language-neutral fields a translation repeats.
	Lines map[string]int

	Body     markdown.Result
	BodyLine int // file line of the body's first line
	Hash     [sha256.Size]byte

	// Broken marks a file whose front matter could not be read, or whose
	// body was refused (nested too deep). Its own problems are reported;
	// site.Build leaves it out of the cross-file checks, which would only
	// repeat them in other words.
	Broken bool

	anchors map[string]bool // the blocks' ids, for HasAnchor
}

// HasAnchor reports whether a block of the body has the id anchor ("p11").
// Citations and links are checked against it after every edit in serve,
// so the ids are indexed once, when the file is parsed.
func (d *Doc) HasAnchor(anchor string) bool { return d.anchors[anchor] }

// IsOriginal reports whether the file is its document's original language.
func (d *Doc) IsOriginal() bool { return d.Meta.Original }
