package render

import (
	"slices"
	"strconv"

	"github.com/concord-archive/concord/generator/site"
)

// TimelineYears are the years of the site-wide timeline, each of which has
// a timeline page of its own: /en/timeline/2017/.
func TimelineYears(s *site.Site) []int {
	var years []int
	for _, e := range s.Timeline {
		if y := e.Date.Year; y != 0 && !slices.Contains(years, y) {
			years = append(years, y)
		}
	}
	slices.Sort(years)
	return years
}

// timelineView is the site-wide timeline, or its entries of one year, with
// the links that narrow it: to each year's page, and to each event's page,
// which shows that event's own timeline. They are plain links, so the
// timeline narrows without JavaScript.
func (r *Renderer) timelineView(v *View) {
	rest, entries := "timeline/", r.site.Timeline
	v.Title = r.word(v.Lang, "timeline_title")
	if v.Year != 0 {
		rest += strconv.Itoa(v.Year) + "/"
		v.Title = r.word(v.Lang, "nav_timeline") + " " + strconv.Itoa(v.Year)
		entries = slices.DeleteFunc(slices.Clone(entries), func(e site.Entry) bool { return e.Date.Year != v.Year })
	}
	v.Alternates, v.Switch = r.sameInEveryLang(v, rest)
	v.Entries = r.entries(entries, v.Lang)
	v.Years = append(v.Years, Link{Label: r.word(v.Lang, "timeline_all_years"), Href: r.URL(v.Lang + "/timeline/"), Current: v.Year == 0})
	for _, y := range TimelineYears(r.site) {
		v.Years = append(v.Years, Link{Label: strconv.Itoa(y), Href: r.URL(v.Lang + "/timeline/" + strconv.Itoa(y) + "/"), Current: y == v.Year})
	}
	for _, ev := range r.site.Section("events") {
		v.Events = append(v.Events, Link{Label: ev.Title(v.Lang), Href: r.URL(docLangPath(ev, v.Lang)) + "#timeline"})
	}
	slices.Reverse(v.Events) // Section lists newest first; a timeline reads oldest first
}

func (r *Renderer) entries(es []site.Entry, lang string) []EntryView {
	out := make([]EntryView, len(es))
	for i, e := range es {
		out[i] = r.entry(e, lang)
	}
	return out
}

// entry is a timeline entry in lang. Its title falls back to the original
// language, which Lang then names, so that the title is read in its own.
func (r *Renderer) entry(e site.Entry, lang string) EntryView {
	ev := EntryView{Date: e.Date, End: e.End, IsEvent: e.Doc == e.Event, IsDoc: e.Doc != nil}
	ev.Title, ev.Place, ev.Note, ev.Source = e.Text(lang)
	ev.Event = Link{Label: e.Event.Title(lang), Href: r.URL(docLangPath(e.Event, lang))}
	shown := e.Event
	if e.Doc != nil {
		ev.Href, ev.Section, shown = r.URL(docLangPath(e.Doc, lang)), e.Doc.Key.Section, e.Doc
	}
	if f := shown.In(lang); f == nil || (e.Doc == nil && e.Milestone >= len(f.Meta.Milestones)) {
		ev.Lang = shown.Orig.Lang
	}
	return ev
}
