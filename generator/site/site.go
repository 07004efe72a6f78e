// Package site builds the site graph from parsed documents: it groups each
// document's language files, makes translations inherit the original's
// language-neutral fields, resolves events, citations and their back-links,
// assembles timelines and tags, and checks every rule that spans more than
// one file (contradicting translations, misaligned paragraphs, citations of
// paragraphs that do not exist).
//
// Build is cheap compared with parsing and rendering, so it runs in full on
// every change; only parsed documents are cached (see package content).
package site

import (
	"slices"

	"github.com/concord-archive/concord/generator/config"
	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
)

// Site is the whole archive as the renderer sees it. It is immutable once
// Build returns it.
type Site struct {
	Config *config.Config
	// Docs are all published documents, sorted by section then slug.
	Docs []*Document
	// Timeline is every event's timeline merged, in date order.
	Timeline []Entry
	// Tags maps each tag to its documents, newest first.
	Tags  map[string][]*Document
	byKey map[content.Key]*Document
	// unusable holds the folders with a file that failed to parse, or
	// with no original or two. Their own problems are reported; a
	// reference to such a folder that finds no document is not, as it
	// would only repeat those problems in other words.
	unusable map[content.Key]bool
	// drafts holds the documents left out because they are drafts.
	drafts map[content.Key]bool
}

// Document is one archive document with all its language files.
type Document struct {
	Key   content.Key
	Orig  *content.Doc            // the original-language file
	Langs map[string]*content.Doc // every language file, the original included
	// Meta holds the language-neutral fields, taken from the original.
	Meta        content.Meta
	Attachments []string // file names, sorted
	Event       *Document
	Cites       []Citation // outgoing, in front matter order
	CitedBy     []Citation // back-links, sorted by citing document
	// Timeline is set on events: the event, its milestones and the
	// documents that name it, in date order.
	Timeline []Entry
}

// Citation links two documents, optionally at a paragraph of the cited one.
type Citation struct {
	From, To *Document
	Anchor   string
}

// Get returns the document with the given key, or nil.
func (s *Site) Get(k content.Key) *Document { return s.byKey[k] }

// Section returns the documents of a section, newest first, then by slug.
func (s *Site) Section(name string) []*Document {
	var docs []*Document
	for _, d := range s.Docs {
		if d.Key.Section == name {
			docs = append(docs, d)
		}
	}
	sortNewestFirst(docs)
	return docs
}

func sortNewestFirst(docs []*Document) {
	slices.SortStableFunc(docs, func(a, b *Document) int {
		if c := b.Meta.Date.Compare(a.Meta.Date); c != 0 {
			return c
		}
		return a.Key.Compare(b.Key)
	})
}

// In returns the document's file in lang, or nil when it has no such translation.
func (d *Document) In(lang string) *content.Doc { return d.Langs[lang] }

// Folder is the document's folder under the source root, with a trailing
// slash: content/news/x/.
func (d *Document) Folder() string { return folder(d.Orig) }

// Title is the title in lang, or the original's when there is no translation.
func (d *Document) Title(lang string) string {
	if f := d.Langs[lang]; f != nil {
		return f.Meta.Title
	}
	return d.Orig.Meta.Title
}

// Options are the build's choices that change what is published.
type Options struct {
	Drafts bool // publish documents marked draft = true
}

// Build assembles the graph from every parsed file and checks the rules that
// span files. It reports all problems; the site is usable for rendering only
// when the list holds no error.
func Build(cfg *config.Config, docs []*content.Doc, attachments []content.File, opts Options) (*Site, diag.List) {
	var problems diag.List
	s := &Site{Config: cfg, byKey: map[content.Key]*Document{}, Tags: map[string][]*Document{},
		unusable: map[content.Key]bool{}, drafts: map[content.Key]bool{}}
	problems.Append(s.group(docs, opts))
	s.attach(attachments)
	problems.Append(s.checkTranslations())
	problems.Append(s.resolveEvents())
	problems.Append(s.resolveCitations())
	problems.Append(s.checkLinks())
	problems.Append(s.checkPageSlugs())
	problems.Append(s.checkAttachmentNames())
	s.buildTimelines()
	s.buildTags()
	problems.Sort()
	return s, problems
}
