package corpus

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
)

// eventSkeleton is what declarations and news need to know about an event.
type eventSkeleton struct {
	slug       string
	place      place
	start, end Date
	title      pair
}

func (a *Archive) event(k int) eventSkeleton {
	r := newRand(a.seed, kindEvent, partSkeleton, k)
	kind, topic := pick(r, eventKinds), pick(r, topics)
	e := eventSkeleton{place: pick(r, places)}
	// The event opens on (or just before) the date of its first declaration.
	e.start = clamp(spread(a.firstDeclarationOf(k), a.n).AddDays(-r.IntN(2)))
	e.end = e.start.AddDays(between(r, 1, 3))
	year := strconv.Itoa(e.start.Year())
	e.title = pair{
		En: kind.En + " " + topic.En + ", " + e.place.En + " " + year,
		Fr: kind.Fr + " " + topic.Fr + ", " + e.place.Fr + " " + year,
	}
	e.slug = fmt.Sprintf("%s-%s-%s-%d", kind.Slug, e.place.Slug, year, k+1)
	return e
}

func (a *Archive) eventDoc(k int) *Doc {
	e := a.event(k)
	r := newRand(a.seed, kindEvent, partMeta, k)
	d := &Doc{
		Section:     "events",
		Slug:        e.slug,
		Orig:        "fr",
		Translation: pick(r, []string{"official", "unofficial"}),
		Date:        e.start,
		End:         e.end,
		Place:       e.place.Native,
		Organizers:  sample(r, organizations, between(r, 1, 4)),
		Tags:        sample(r, tags, between(r, 1, 3)),
	}
	if k%2 == 0 {
		d.Orig = "en"
	}
	milestones := planMilestones(r, e)
	paragraphs := between(r, 2, 4)
	var link *linkPlan
	if first := a.firstDeclarationOf(k); first < a.n {
		link = &linkPlan{target: a.declaration(first), before: r.IntN(len(english.seeAlso))}
	}
	orgs := d.Organizers
	for _, lang := range []string{"en", "fr"} {
		g := newTextGen(newRand(a.seed, kindEvent, langPart(lang), k), lang)
		v := Version{Lang: lang, Title: e.title.of(lang), Summary: eventSummary(g, e.place, orgs[0])}
		for _, m := range milestones {
			v.Milestones = append(v.Milestones, m.write(g, orgs[0]))
		}
		v.Body = proseBody(g, paragraphs, link)
		d.Versions = append(d.Versions, v)
	}
	return d
}

// milestonePlan is the language-neutral part of a milestone.
type milestonePlan struct {
	date, end Date
	source    string
	place     place
	template  int
}

// planMilestones returns 3 to 10 milestones in date order, from about a
// year and a half before the event to a few months after it, within the
// archive's years.
func planMilestones(r *rand.Rand, e eventSkeleton) []milestonePlan {
	lo, hi := clamp(e.start.AddDays(-540)), clamp(e.start.AddDays(120))
	out := make([]milestonePlan, between(r, 3, 10))
	for m := range out {
		p := milestonePlan{
			date:     lo.AddDays(r.IntN(daysBetween(lo, hi) + 1)),
			place:    pick(r, places),
			template: r.IntN(len(milestoneTemplates)),
		}
		if r.IntN(3) == 0 {
			p.end = p.date.AddDays(between(r, 1, 3))
		}
		if r.IntN(3) > 0 {
			p.source = fmt.Sprintf("https://example.org/sources/%s/%d", e.slug, m+1)
		}
		out[m] = p
	}
	slices.SortStableFunc(out, func(x, y milestonePlan) int { return x.date.t.Compare(y.date.t) })
	return out
}

// milestoneTemplates write a milestone title from a place, an
// organisation, a verb and a noun phrase.
var milestoneTemplates = []struct {
	en, fr func(place, org, verb, noun string) string
}{
	{
		func(p, _, v, n string) string {
			return "Meeting in " + p + ", city representatives agreed to " + v + " " + n + "."
		},
		func(p, _, v, n string) string {
			return "Réunis à " + p + ", les représentants des villes conviennent " + elide("de", v) + " " + n + "."
		},
	},
	{
		func(p, _, v, n string) string {
			return "In " + p + ", mayors called on national governments to " + v + " " + n + "."
		},
		func(p, _, v, n string) string {
			return "À " + p + ", les maires appellent les gouvernements nationaux à " + v + " " + n + "."
		},
	},
	{
		func(_, o, v, n string) string { return o + " published a report on how to " + v + " " + n + "." },
		func(_, o, v, n string) string {
			return o + " publie un rapport sur la manière " + elide("de", v) + " " + n + "."
		},
	},
}

func (m milestonePlan) write(g *textGen, org string) Milestone {
	t := milestoneTemplates[m.template]
	ms := Milestone{Date: m.date, End: m.end, Source: m.source}
	if g.fr {
		ms.Title = t.fr(m.place.Fr, org, g.verb(), g.nounPhrase())
		ms.Place = m.place.Fr + ", " + m.place.CountryFr
	} else {
		ms.Title = t.en(m.place.En, org, g.verb(), g.nounPhrase())
		ms.Place = m.place.En + ", " + m.place.CountryEn
	}
	return ms
}

func eventSummary(g *textGen, p place, org string) string {
	if g.fr {
		return "À " + p.Fr + ", " + org + " a réuni des villes pour " + g.verb() + " " + g.nounPhrase() + "."
	}
	return "In " + p.En + ", " + org + " brought cities together to " + g.verb() + " " + g.nounPhrase() + "."
}

// proseBody returns paragraphs of prose, the first one followed by link
// when there is one.
func proseBody(g *textGen, paragraphs int, link *linkPlan) []Block {
	blocks := make([]Block, paragraphs)
	for k := range blocks {
		blocks[k] = Block{Kind: Text, Text: g.paragraph(between(g.r, 40, 120), ".")}
	}
	if link != nil {
		blocks[0].Link = link.write(g)
	}
	return blocks
}
