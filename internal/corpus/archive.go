package corpus

import "time"

// Archive is a generated archive, described entirely by its size and seed.
// It holds no text: Doc makes any document on demand, from random streams
// derived from (seed, document), so documents can be made in any order, in
// parallel, and written to disk one at a time.
type Archive struct {
	n    int
	seed uint64
}

// New returns the archive of n declarations generated from seed. n is at
// least 1.
func New(n int, seed uint64) *Archive { return &Archive{n: max(n, 1), seed: seed} }

// Counts are the number of documents per section.
type Counts struct {
	Declarations, Events, News, Pages int
}

// Total is the number of documents.
func (c Counts) Total() int { return c.Declarations + c.Events + c.News + c.Pages }

// Counts returns how many documents each section has: n declarations, n/20
// events and n/10 news items (at least one of each) and the about page.
func (a *Archive) Counts() Counts {
	return Counts{Declarations: a.n, Events: max(a.n/20, 1), News: max(a.n/10, 1), Pages: 1}
}

// Doc returns document j, 0 <= j < Counts().Total(): the declarations first,
// then the events, the news items and the pages.
func (a *Archive) Doc(j int) *Doc {
	c := a.Counts()
	switch {
	case j < c.Declarations:
		return a.declarationDoc(j)
	case j < c.Declarations+c.Events:
		return a.eventDoc(j - c.Declarations)
	case j < c.Declarations+c.Events+c.News:
		return a.newsDoc(j - c.Declarations - c.Events)
	}
	return a.aboutDoc()
}

// The archive covers 2015 to 2019, like the real one.
var (
	firstDay = day(2015, time.January, 1)
	lastDay  = day(2019, time.December, 31)
)

// spread returns the date of item i of count, spaced evenly over the
// archive's years, so earlier items have earlier (or equal) dates.
func spread(i, count int) Date {
	return firstDay.AddDays(i * daysBetween(firstDay, lastDay) / count)
}

// clamp keeps d within the archive's years.
func clamp(d Date) Date {
	switch {
	case d.Before(firstDay):
		return firstDay
	case lastDay.Before(d):
		return lastDay
	}
	return d
}

// eventOf returns the event declaration i was adopted at: declarations
// are shared out among the events in date order.
func (a *Archive) eventOf(i int) int { return i * a.Counts().Events / a.n }

// firstDeclarationOf returns the first declaration of event k.
func (a *Archive) firstDeclarationOf(k int) int {
	e := a.Counts().Events
	return (k*a.n + e - 1) / e
}
