package render

import (
	"html/template"
	"strings"

	"github.com/concord-archive/concord/generator/markdown"
	"github.com/concord-archive/concord/generator/site"
)

// paraWords are what every paragraph of a page shares: the words of its
// links and the URLs they start with. They are looked up once per page,
// not once per paragraph.
type paraWords struct {
	other                  string // the other language; "" when there is none
	otherBase, sideBase    string // ".../fr/declarations/x/#", ".../en/declarations/x/en-fr/#"
	inOther, inOtherLabel  string // "in French", "In French"
	sideBySide, sideLower  string // "Side by side", "side by side"
	paraWord, passageLabel string // "Paragraph", "This passage"
}

func (r *Renderer) paraWordsFor(d *site.Document, lang, other string) *paraWords {
	w := &paraWords{other: other, paraWord: r.word(lang, "para_label"), passageLabel: r.word(lang, "passage_label")}
	if other == "" {
		return w
	}
	w.otherBase = r.URL(DocPath(other, d.Key)) + "#"
	w.inOther = r.word(lang, "in_lang_"+other)
	w.inOtherLabel = upperFirst(w.inOther)
	if d.Key.Section == "declarations" {
		w.sideBase = r.URL(DocPath(lang, d.Key)+lang+"-"+other+"/") + "#"
		w.sideBySide = r.word(lang, "side_by_side")
		w.sideLower = strings.ToLower(w.sideBySide[:1]) + w.sideBySide[1:]
	}
	return w
}

// para prepares one block of a page with its links: its number links to
// itself, and, when the document exists in another language, the same
// block there and side by side. The links' visible words are short ("In
// French"); their accessible names say which paragraph they lead to
// ("Paragraph 11(a) in French"), since a screen reader lists links out of
// context.
func (w *paraWords) para(b markdown.Block) Para {
	p := Para{ID: b.ID, Number: b.Number, Kind: kindName(b.Kind), Depth: b.Depth, Level: b.Level, HTML: template.HTML(b.HTML)}
	p.SelfLabel = w.selfLabel(b)
	if w.other == "" {
		return p
	}
	label := w.paraLabel(b)
	p.OtherLang = w.other
	p.OtherHref = w.otherBase + b.ID
	p.OtherLabel, p.OtherAria = w.inOtherLabel, label+" "+w.inOther
	if w.sideBase != "" {
		p.ParallelHref = w.sideBase + b.ID
		p.ParallelLabel, p.ParallelAria = w.sideBySide, label+" "+w.sideLower
	}
	return p
}

// selfLabel is the accessible name of a block's own number link, which
// must contain the number it shows (WCAG 2.5.3, label in name): the
// lettered paragraph showing "a." is "Paragraph 11, a", since "11(a)"
// would hide the letter in a parenthesis.
func (w *paraWords) selfLabel(b markdown.Block) string {
	if paraNumber(b.ID, b.Number) == "" {
		return w.passageLabel
	}
	return w.paraWord + " " + strings.ReplaceAll(strings.TrimPrefix(b.ID, "p"), "-", ", ")
}

// paraLabel names a block for a reader: "Paragraph 11(a)" for a numbered
// one, "This passage" for the rest.
func (w *paraWords) paraLabel(b markdown.Block) string {
	if n := paraNumber(b.ID, b.Number); n != "" {
		return w.paraWord + " " + n
	}
	return w.passageLabel
}

// selfLabel and paraLabel for one block, where no page's words are at hand.
func (r *Renderer) selfLabel(lang string, b markdown.Block) string {
	return r.paraWordsFor(nil, lang, "").selfLabel(b)
}

func (r *Renderer) paraLabel(lang string, b markdown.Block) string {
	return r.paraWordsFor(nil, lang, "").paraLabel(b)
}

// otherLang is the first configured language, other than lang, that d
// exists in: where a paragraph's "in the other language" link goes.
func (r *Renderer) otherLang(d *site.Document, lang string) string {
	for _, code := range r.site.Config.Codes() {
		if code != lang && d.In(code) != nil {
			return code
		}
	}
	return ""
}

// upperFirst capitalizes the first letter of a phrase: "in French" starts
// a link of its own.
func upperFirst(s string) string {
	for i, c := range s {
		return strings.ToUpper(string(c)) + s[i+len(string(c)):]
	}
	return s
}
