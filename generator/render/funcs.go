package render

import (
	"strconv"
	"strings"

	"github.com/concord-archive/concord/generator/content"
)

// T returns the interface string key in the page's language.
func (v *View) T(key string) (string, error) { return v.r.theme.word(v.Lang, key) }

// TL returns the interface string key in another language, for blocks
// marked with that language (the second column of a side-by-side page).
func (v *View) TL(lang, key string) (string, error) { return v.r.theme.word(lang, key) }

// Date formats a date in the page's language: "16 novembre 2017". A date
// known only to the month or year shows only that.
func (v *View) Date(d content.Date) string { return v.r.formatDate(d, v.Lang) }

// DateRange formats a start and optional end: "16–17 November 2017".
func (v *View) DateRange(start, end content.Date) string {
	if end.IsZero() || end == start {
		return v.Date(start)
	}
	if start.Year == end.Year && start.Month == end.Month && start.Day > 0 && end.Day > 0 && v.r.dayFirst(v.Lang) {
		return strconv.Itoa(start.Day) + "–" + v.Date(end)
	}
	return v.Date(start) + " – " + v.Date(end)
}

// URLOf returns the path of a page below the base: {{.URLOf "en/timeline/"}}.
func (v *View) URLOf(path string) string { return v.r.URL(path) }

// Asset returns the URL of a theme asset.
func (v *View) Asset(name string) string { return v.r.URL(name) }

// LangNameOf returns a language's name, in that language: "Français".
func (v *View) LangNameOf(code string) string { return langName(v.r.site.Config, code) }

func (r *Renderer) layout(lang string) string {
	if l, ok := r.site.Config.Lang(lang); ok {
		return l.DateFormat
	}
	return "2 January 2006"
}

func (r *Renderer) dayFirst(lang string) bool { return strings.HasPrefix(r.layout(lang), "2 ") }

// formatDate formats d with the language's layout, writing month and day
// names from the theme's i18n table instead of Go's English ones.
func (r *Renderer) formatDate(d content.Date, lang string) string {
	if d.IsZero() {
		return ""
	}
	layout := r.layout(lang)
	switch {
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0:
		layout = "January 2006"
	}
	t := d.Time()
	table := r.theme.i18n[lang]
	var b strings.Builder
	for len(layout) > 0 {
		i := strings.Index(layout, "January")
		if i < 0 {
			b.WriteString(t.Format(layout))
			break
		}
		b.WriteString(t.Format(layout[:i]))
		if len(table.months) == 12 {
			b.WriteString(table.months[d.Month-1])
		} else {
			b.WriteString(t.Format("January"))
		}
		layout = layout[i+len("January"):]
	}
	return b.String()
}
