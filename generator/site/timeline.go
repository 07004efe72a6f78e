package site

import (
	"fmt"
	"slices"
	"strings"

	"github.com/concord-archive/concord/generator/content"
)

// Entry is one line of a timeline: an event itself, one of its milestones,
// or a document that names the event.
type Entry struct {
	Date, End content.Date
	Event     *Document // the event whose timeline holds the entry
	// Doc is set when the entry is a document (the event itself, or a
	// declaration or news item adopted at it); otherwise Milestone is the
	// index of the milestone in each language file of Event.
	Doc       *Document
	Milestone int
}

// Text returns the entry's title, place, note and source in lang, falling
// back to the original language when lang has no translation.
func (e Entry) Text(lang string) (title, place, note, source string) {
	if e.Doc != nil {
		return e.Doc.Title(lang), e.Doc.Meta.Place, "", ""
	}
	f := e.Event.In(lang)
	if f == nil || e.Milestone >= len(f.Meta.Milestones) {
		f = e.Event.Orig
	}
	m := f.Meta.Milestones[e.Milestone]
	return m.Title, m.Place, m.Note, m.Source
}

// buildTimelines gives each event its timeline and merges them into the
// site-wide one. An entry sorts by date, then end, then events before the
// documents adopted at them, then by key: a total order, so output is stable.
func (s *Site) buildTimelines() {
	for _, ev := range s.Docs {
		if ev.Key.Section != "events" {
			continue
		}
		ev.Timeline = append(ev.Timeline, Entry{Date: ev.Meta.Date, End: ev.Meta.End, Event: ev, Doc: ev})
		for i, m := range ev.Orig.Meta.Milestones {
			ev.Timeline = append(ev.Timeline, Entry{Date: m.Date, End: m.End, Event: ev, Milestone: i})
		}
	}
	for _, d := range s.Docs {
		if d.Event != nil && !d.Meta.Date.IsZero() {
			d.Event.Timeline = append(d.Event.Timeline, Entry{Date: d.Meta.Date, Event: d.Event, Doc: d})
		}
	}
	for _, ev := range s.Docs {
		sortEntries(ev.Timeline)
		s.Timeline = append(s.Timeline, ev.Timeline...)
	}
	sortEntries(s.Timeline)
}

func sortEntries(entries []Entry) {
	slices.SortStableFunc(entries, func(a, b Entry) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		if c := a.End.Compare(b.End); c != 0 {
			return c
		}
		return strings.Compare(entryKey(a), entryKey(b))
	})
}

// entryKey orders entries of the same dates: the event first, then its
// documents, then milestones by position.
func entryKey(e Entry) string {
	switch {
	case e.Doc == e.Event:
		return "0" + e.Event.Key.String()
	case e.Doc != nil:
		return "1" + e.Doc.Key.String()
	}
	return fmt.Sprintf("2%s#%06d", e.Event.Key, e.Milestone)
}

// buildTags indexes documents by tag.
func (s *Site) buildTags() {
	for _, d := range s.Docs {
		for _, t := range d.Meta.Tags {
			if !slices.Contains(s.Tags[t], d) {
				s.Tags[t] = append(s.Tags[t], d)
			}
		}
	}
	for _, docs := range s.Tags {
		sortNewestFirst(docs)
	}
}

// TagNames returns the tags in alphabetical order.
func (s *Site) TagNames() []string {
	names := make([]string, 0, len(s.Tags))
	for t := range s.Tags {
		names = append(names, t)
	}
	slices.Sort(names)
	return names
}
