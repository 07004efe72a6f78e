package corpus

import (
	"strconv"
	"time"
)

// Doc is one generated document in a form both writers share: the
// language-neutral fields once, and one Version per language.
type Doc struct {
	Section     string // declarations, events, news or pages
	Slug        string
	Orig        string // language of the original
	Translation string // "official" or "unofficial", for the other language

	Date, End   Date
	Place       string
	Event       string // an event's slug
	Tags        []string
	Cites       []string // "slug" or "slug#p11"
	Signatories []string
	Organizers  []string

	Versions []Version // English first; some news items have no French
}

// Version is a document's text in one language.
type Version struct {
	Lang       string
	Title      string
	Summary    string
	References []Reference
	Milestones []Milestone
	Body       []Block
}

// BlockKind says how a block is written in Markdown.
type BlockKind int

const (
	Text     BlockKind = iota // a paragraph of prose
	Heading                   // ## Heading
	Numbered                  // "11. text", with lettered sub-paragraphs under it
)

// Block is one paragraph of a body. A Numbered block carries its number and
// its lettered sub-paragraphs (a., b., …); Link, when set, is a sentence
// written after Text that links to another document.
type Block struct {
	Kind BlockKind
	Num  int
	Text string
	Link *Link
	Subs []string
}

// Link is "Before [Label](ref)." where ref names Target.
type Link struct {
	Before string
	Label  string
	Target Ref
}

// Ref points at a document of the archive, or one of its paragraphs.
type Ref struct {
	Section, Slug, Anchor string
}

// String writes r as Concord content does: a bare slug for declarations,
// "events/slug" otherwise, and "#anchor" when there is one.
func (r Ref) String() string {
	s := r.Slug
	if r.Section != "declarations" {
		s = r.Section + "/" + s
	}
	if r.Anchor != "" {
		s += "#" + r.Anchor
	}
	return s
}

// Reference is an instrument outside the archive.
type Reference struct {
	Title string `toml:"title"`
	URL   string `toml:"url"`
}

// Milestone is one entry of an event's timeline. Date, End and Source are
// the same in every language, entry by entry; Title and Place are words.
type Milestone struct {
	Date   Date   `toml:"date"`
	End    Date   `toml:"end,omitempty"`
	Title  string `toml:"title"`
	Place  string `toml:"place,omitempty"`
	Source string `toml:"source,omitempty"`
}

// Date is a calendar day. It is written to TOML as a bare local date
// (2017-11-17), as editors write it.
type Date struct{ t time.Time }

func day(y int, m time.Month, d int) Date { return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }

// AddDays returns the date n days later.
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// Year returns the year of d.
func (d Date) Year() int { return d.t.Year() }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

func (d Date) String() string { return d.t.Format(time.DateOnly) }

// MarshalTOML writes the date bare, as a TOML local date.
func (d Date) MarshalTOML() ([]byte, error) { return []byte(d.String()), nil }

// daysBetween is the number of days from d to e.
func daysBetween(d, e Date) int { return int(e.t.Sub(d.t).Hours() / 24) }

// anchor is the paragraph anchor of numbered paragraph num, or of its
// lettered sub-paragraph sub (0 for none, 1 for a, …).
func anchor(num, sub int) string {
	a := "p" + strconv.Itoa(num)
	if sub > 0 {
		a += "-" + string(rune('a'+sub-1))
	}
	return a
}
