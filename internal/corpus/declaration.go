package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// skeleton is what other documents need to know about a declaration to
// cite it or link to its paragraphs. It is cheap to make, so it is remade
// whenever it is needed rather than kept for the whole archive.
type skeleton struct {
	slug    string
	place   place
	date    Date
	event   int
	orig    string
	title   pair
	outline []int // outline[k] is the number of lettered sub-paragraphs of paragraph k+1
}

// Paragraph counts and sizes, as issue 5 asks: about 1,500 words in 25 to
// 60 numbered paragraphs, one in four with 2 to 4 lettered sub-paragraphs.
const (
	minParagraphs = 25
	maxParagraphs = 60
	minWords      = 1350
	maxWords      = 1550
)

func (a *Archive) declaration(i int) skeleton {
	r := newRand(a.seed, kindDeclaration, partSkeleton, i)
	s := skeleton{date: spread(i, a.n), event: a.eventOf(i), orig: "en"}
	if i%2 == 1 {
		s.orig = "fr"
	}
	s.place = pick(r, places)
	if r.IntN(2) == 0 {
		s.place = a.event(s.event).place
	}
	form, topic := pick(r, forms), pick(r, topics)
	s.title = pair{
		En: s.place.En + " " + form.En + " on " + topic.En,
		Fr: form.Fr + " " + elide("de", s.place.Fr) + " sur " + topic.Fr,
	}
	s.slug = fmt.Sprintf("%s-%d-%d", s.place.Slug, s.date.Year(), i+1)
	s.outline = make([]int, between(r, minParagraphs, maxParagraphs))
	for k := range s.outline {
		if r.IntN(4) == 0 {
			s.outline[k] = between(r, 2, 4)
		}
	}
	return s
}

// randomAnchor returns the anchor of a paragraph of s: often a numbered
// paragraph, sometimes a lettered one, and "" (the whole document) a third
// of the time.
func (s skeleton) randomAnchor(r *rand.Rand) string {
	k := r.IntN(len(s.outline))
	switch r.IntN(3) {
	case 0:
		return ""
	case 1:
		if subs := s.outline[k]; subs > 0 {
			return anchor(k+1, between(r, 1, subs))
		}
	}
	return anchor(k+1, 0)
}

func (a *Archive) declarationDoc(i int) *Doc {
	s := a.declaration(i)
	r := newRand(a.seed, kindDeclaration, partMeta, i)
	d := &Doc{
		Section:     "declarations",
		Slug:        s.slug,
		Orig:        s.orig,
		Translation: pick(r, []string{"official", "unofficial"}),
		Date:        s.date,
		Place:       s.place.Native,
		Event:       a.event(s.event).slug,
		Tags:        sample(r, tags, between(r, 2, 5)),
		Cites:       a.cites(r, i),
		Signatories: signatories(r),
	}
	refs := sample(r, references, r.IntN(3))
	plan := a.planBody(r, i, s)
	for _, lang := range []string{"en", "fr"} {
		g := newTextGen(newRand(a.seed, kindDeclaration, langPart(lang), i), lang)
		v := Version{Lang: lang, Title: s.title.of(lang), Summary: declarationSummary(g, s.place)}
		for _, ref := range refs {
			v.References = append(v.References, Reference{Title: pair{ref.En, ref.Fr}.of(lang), URL: ref.URL})
		}
		v.Body = plan.write(g, s.place)
		d.Versions = append(d.Versions, v)
	}
	return d
}

// of returns the phrase in lang.
func (p pair) of(lang string) string {
	if lang == "fr" {
		return p.Fr
	}
	return p.En
}

// cites returns 0 to 3 earlier declarations, some with a paragraph. They
// are drawn from the few hundred before i, as texts cite recent ones.
func (a *Archive) cites(r *rand.Rand, i int) []string {
	if i == 0 {
		return nil
	}
	lo := max(0, i-300)
	var out []string
	seen := map[int]bool{}
	for range r.IntN(4) {
		j := between(r, lo, i-1)
		if seen[j] {
			continue
		}
		seen[j] = true
		s := a.declaration(j)
		out = append(out, Ref{Section: "declarations", Slug: s.slug, Anchor: s.randomAnchor(r)}.String())
	}
	return out
}

func signatories(r *rand.Rand) []string {
	out := make([]string, between(r, 1, 4))
	for k := range out {
		out[k] = pick(r, firstNames) + " " + pick(r, lastNames)
	}
	return out
}

func declarationSummary(g *textGen, p place) string {
	if g.fr {
		return "Adopté à " + p.Fr + ", ce texte expose comment les villes entendent " +
			g.verb() + " " + g.nounPhrase() + " et " + g.nounPhrase() + "."
	}
	return "Adopted in " + p.En + ", this text sets out how cities intend to " +
		g.verb() + " " + g.nounPhrase() + " and " + g.nounPhrase() + "."
}

// bodyPlan is the language-neutral shape of a declaration's body: the
// outline, how many words each block gets, and which paragraphs link
// where. Both languages are written from it, so their paragraph structure
// is identical, as Concord requires.
type bodyPlan struct {
	outline []int
	words   [][]int // words[k][0] for paragraph k+1, words[k][m] for its sub-paragraph m
	links   map[int]linkPlan
}

// linkPlan is a body link from a paragraph to another declaration.
type linkPlan struct {
	target skeleton
	anchor string
	before int // index into the lexicon's seeAlso phrases
}

func (a *Archive) planBody(r *rand.Rand, i int, s skeleton) bodyPlan {
	p := bodyPlan{outline: s.outline, links: map[int]linkPlan{}}
	blocks := 1 + len(s.outline)
	for _, subs := range s.outline {
		blocks += subs
	}
	mean := between(r, minWords, maxWords) / blocks
	p.words = make([][]int, len(s.outline))
	for k, subs := range s.outline {
		p.words[k] = make([]int, 1+subs)
		for m := range p.words[k] {
			p.words[k][m] = between(r, mean/2, mean*3/2)
		}
		if a.n > 1 && r.IntN(8) == 0 {
			j := r.IntN(a.n - 1)
			if j >= i {
				j++ // any declaration but this one
			}
			t := a.declaration(j)
			p.links[k] = linkPlan{target: t, anchor: t.randomAnchor(r), before: r.IntN(len(english.seeAlso))}
		}
	}
	return p
}

// write writes the body in g's language.
func (p bodyPlan) write(g *textGen, pl place) []Block {
	intro := "We, mayors and representatives of cities and regions, meeting in " + pl.En + ", adopt the following text:"
	if g.fr {
		intro = "Nous, maires et représentants des villes et des régions, réunis à " + pl.Fr + ", adoptons le texte suivant :"
	}
	blocks := []Block{{Kind: Text, Text: intro}}
	for k, words := range p.words {
		end := g.lex.semicolon
		if k == len(p.words)-1 {
			end = "."
		}
		b := Block{Kind: Numbered, Num: k + 1}
		if l, ok := p.links[k]; ok {
			b.Link = l.write(g)
			end = "."
		}
		b.Text = g.paragraph(words[0], end)
		for m, w := range words[1:] {
			subEnd := g.lex.semicolon
			if m == len(words)-2 {
				subEnd = "."
			}
			b.Subs = append(b.Subs, g.paragraph(w, subEnd))
		}
		blocks = append(blocks, b)
	}
	return blocks
}

func (l linkPlan) write(g *textGen) *Link {
	lang := "en"
	if g.fr {
		lang = "fr"
	}
	label := l.target.title.of(lang)
	if l.anchor != "" {
		label += ", " + g.lex.paragraph + " " + paragraphName(l.anchor)
	}
	return &Link{
		Before: g.lex.seeAlso[l.before],
		Label:  label,
		Target: Ref{Section: "declarations", Slug: l.target.slug, Anchor: l.anchor},
	}
}

// paragraphName turns "p11-b" into "11 b", as a reader would say it.
func paragraphName(anchor string) string {
	return strings.ReplaceAll(strings.TrimPrefix(anchor, "p"), "-", " ")
}
