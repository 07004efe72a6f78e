package render

import (
	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/site"
)

// view builds the template data for a page: the common header, then what
// its kind shows.
func (r *Renderer) view(p Page) *View {
	cfg := r.site.Config
	v := &View{Page: p, Site: r.site, r: r, URL: r.URL(p.Path), Canonical: r.AbsURL(p.Path)}
	lang := p.Lang
	if lang == "" {
		lang = cfg.DefaultLanguage
	}
	if l, ok := cfg.Lang(lang); ok {
		v.SiteTitle, v.LangName = l.Title, l.Name
	}
	v.Lang = lang
	v.Nav = r.nav(p, lang)
	switch p.Kind {
	case "root":
		r.rootView(v)
	case "home":
		r.homeView(v)
	case "list":
		r.listView(v)
	case "doc":
		r.docView(v)
	case "parallel":
		r.parallelView(v)
	case "stub":
		r.stubView(v)
	case "timeline":
		r.timelineView(v)
	case "tags":
		r.tagsView(v)
	case "tag":
		r.tagView(v)
	case "search":
		r.searchView(v)
	case "notfound":
		v.Title = r.word(lang, "not_found")
		v.NoIndex = true
		v.Alternates, v.Switch = r.sameInEveryLang(v, "")
	}
	return v
}

// MenuDocs are the documents the main menu links to when they exist: adding
// or removing one changes every page.
var MenuDocs = []content.Key{{Section: "pages", Slug: "about"}}

// nav is the main menu of a language.
func (r *Renderer) nav(p Page, lang string) []Link {
	var links []Link
	for _, sec := range []string{"declarations", "events", "timeline", "news"} {
		path := lang + "/" + sec + "/"
		links = append(links, Link{Label: r.word(lang, "nav_"+sec), Href: r.URL(path), Current: p.Path == path || p.Section == sec})
	}
	if r.site.Get(MenuDocs[0]) != nil {
		path := lang + "/about/"
		links = append(links, Link{Label: r.word(lang, "nav_about"), Href: r.URL(path), Current: p.Path == path})
	}
	search := lang + "/search/"
	links = append(links, Link{Label: r.word(lang, "nav_search"), Href: r.URL(search), Current: p.Path == search})
	return links
}

// word is theme.word for code paths that cannot fail a template: a missing
// key shows as the key, and checkI18nKeys has already reported it.
func (r *Renderer) word(lang, key string) string {
	w, err := r.theme.word(lang, key)
	if err != nil {
		return key
	}
	return w
}

// sameInEveryLang gives the alternates and switcher of a page that exists in
// every language at the same path after the language prefix.
func (r *Renderer) sameInEveryLang(v *View, rest string) (alts, switcher []Alt) {
	for _, code := range r.site.Config.Codes() {
		a := Alt{Lang: code, Name: langName(r.site.Config, code), Href: r.AbsURL(code + "/" + rest)}
		alts = append(alts, a)
		if code != v.Lang {
			a.Href = r.URL(code + "/" + rest)
			switcher = append(switcher, a)
		}
	}
	return alts, switcher
}

func (r *Renderer) rootView(v *View) {
	v.Title = v.SiteTitle
	for _, code := range r.site.Config.Codes() {
		l, _ := r.site.Config.Lang(code)
		v.Langs = append(v.Langs, Alt{Lang: code, Name: l.Name, Href: r.URL(code + "/")})
		v.Alternates = append(v.Alternates, Alt{Lang: code, Name: l.Name, Href: r.AbsURL(code + "/")})
	}
}

func (r *Renderer) homeView(v *View) {
	v.Title = v.SiteTitle
	v.Alternates, v.Switch = r.sameInEveryLang(v, "")
	v.Items = r.items(r.site.Section("declarations"), v.Lang)
	// The events are a timeline: oldest first, unlike the lists.
	events := r.site.Section("events")
	for i := len(events) - 1; i >= 0; i-- {
		ev := events[i]
		v.Entries = append(v.Entries, r.entry(site.Entry{Date: ev.Meta.Date, End: ev.Meta.End, Event: ev, Doc: ev}, v.Lang))
	}
}

func (r *Renderer) listView(v *View) {
	v.Title = r.word(v.Lang, "nav_"+v.Section)
	v.Alternates, v.Switch = r.sameInEveryLang(v, v.Section+"/")
	v.Items = r.items(r.site.Section(v.Section), v.Lang)
}

func (r *Renderer) tagsView(v *View) {
	v.Title = r.word(v.Lang, "tags_title")
	v.Alternates, v.Switch = r.sameInEveryLang(v, "tags/")
	for _, t := range r.site.TagNames() {
		v.Tags = append(v.Tags, Link{Label: t, Href: r.URL(v.Lang + "/tags/" + t + "/"), Count: len(r.site.Tags[t])})
	}
}

func (r *Renderer) tagView(v *View) {
	v.Title = r.word(v.Lang, "tag_prefix") + v.Tag
	v.Alternates, v.Switch = r.sameInEveryLang(v, "tags/"+v.Tag+"/")
	v.Items = r.items(r.site.Tags[v.Tag], v.Lang)
}

// items lists documents for a list page, each in the page's language where
// it exists and otherwise in its original, marked as such.
func (r *Renderer) items(docs []*site.Document, lang string) []Item {
	items := make([]Item, 0, len(docs))
	for _, d := range docs {
		f := d.In(lang)
		it := Item{Section: d.Key.Section, Date: d.Meta.Date}
		if f == nil {
			f = d.Orig
			it.Lang, it.LangName = f.Lang, langName(r.site.Config, f.Lang)
		}
		it.Title, it.Summary, it.Href = f.Meta.Title, f.Meta.Summary, r.URL(DocPath(f.Lang, d.Key))
		items = append(items, it)
	}
	return items
}

// docLangPath is the document's page in lang if it has one, else in its original.
func docLangPath(d *site.Document, lang string) string {
	if d.In(lang) == nil {
		lang = d.Orig.Lang
	}
	return DocPath(lang, d.Key)
}
