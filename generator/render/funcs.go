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

// URLOf returns the path of a page or asset below the base:
// {{.URLOf "en/timeline/"}}, {{.URLOf "style.css"}}.
func (v *View) URLOf(path string) string { return v.r.URL(path) }

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
	names := map[string]string{
		"January": pick(table.months, int(t.Month())-1, t.Format("January")),
		"Monday":  pick(table.days, int(t.Weekday()), t.Format("Monday")),
	}
	var b strings.Builder
	for layout != "" {
		token, at := nextName(layout)
		if at < 0 {
			b.WriteString(t.Format(layout))
			break
		}
		b.WriteString(t.Format(layout[:at]))
		b.WriteString(names[token])
		layout = layout[at+len(token):]
	}
	return b.String()
}

// nextName finds the first full month or day name token in a Go layout.
// The short forms (Jan, Mon) are left to Go: the archive writes dates out.
func nextName(layout string) (token string, at int) {
	at = -1
	for _, tok := range []string{"January", "Monday"} {
		if i := strings.Index(layout, tok); i >= 0 && (at < 0 || i < at) {
			token, at = tok, i
		}
	}
	return token, at
}

// pick returns list[i], or fallback when the table lacks it (the theme
// loader has already reported a short table).
func pick(list []string, i int, fallback string) string {
	if i >= 0 && i < len(list) {
		return list[i]
	}
	return fallback
}
