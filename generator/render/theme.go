package render

import (
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/concord-archive/concord/generator/diag"
)

// Theme is a parsed theme folder: one template set per page kind, the i18n
// tables and the static assets.
type Theme struct {
	Dir       string // slash path of the theme folder, for diagnostics
	templates map[string]*template.Template
	i18n      map[string]wordTable
	Assets    fs.FS // the theme's static/ folder
}

// wordTable is one language's i18n table.
type wordTable struct {
	words  map[string]string
	months []string // January… in the language
	days   []string // Sunday… in the language
}

// Kinds are the page templates a theme must provide, each in layouts/<kind>.html.
var Kinds = []string{"root", "home", "list", "doc", "parallel", "stub", "timeline", "tags", "tag", "notfound", "search"}

// LoadTheme parses the theme in fsys (rooted at the theme folder). dir names
// it in diagnostics. langs are the configured languages: each needs an i18n
// table with the same keys as the first.
func LoadTheme(fsys fs.FS, dir string, langs []string) (*Theme, diag.List) {
	var problems diag.List
	t := &Theme{Dir: dir, templates: map[string]*template.Template{}, i18n: map[string]wordTable{}}
	problems.Append(t.parseTemplates(fsys))
	for _, lang := range langs {
		table, probs := loadI18n(fsys, dir, lang)
		problems.Append(probs)
		t.i18n[lang] = table
	}
	problems.Append(t.checkI18nKeys(langs))
	if sub, err := fs.Sub(fsys, "static"); err == nil {
		t.Assets = sub
	}
	return t, problems
}

// parseTemplates parses one template set per page kind: base.html, the
// kind's own template and the partials. A missing file is reported once,
// and a syntax error at its line.
func (t *Theme) parseTemplates(fsys fs.FS) diag.List {
	var problems diag.List
	missing := func(file string) bool {
		if _, err := fs.Stat(fsys, file); err == nil {
			return false
		}
		problems.Add(diag.Pos{File: t.Dir + "/" + file}, "missing template "+file,
			"add it: a theme has layouts/base.html and one template for each kind of page ("+strings.Join(Kinds, ", ")+")")
		return true
	}
	if missing("layouts/base.html") {
		return problems
	}
	shared, _ := fs.Glob(fsys, "layouts/partials/*.html")
	seen := map[string]bool{}
	for _, kind := range Kinds {
		file := "layouts/" + kind + ".html"
		if missing(file) {
			continue
		}
		tmpl, err := template.New(kind).Funcs(funcs).ParseFS(fsys, append([]string{"layouts/base.html", file}, shared...)...)
		if err != nil {
			// Every kind parses base.html and the partials: report their
			// errors once, not once per kind.
			pos, msg := t.templateError(err, file)
			if p := pos.String() + msg; !seen[p] {
				seen[p] = true
				problems.Add(pos, "template error: "+msg, "fix the template syntax")
			}
			continue
		}
		t.templates[kind] = tmpl
	}
	return problems
}

// templateErr finds the template file and line in a parse error of
// html/template. Its errors carry no position fields, so the message is
// the only place to find them; templates are named by their base name.
var templateErr = regexp.MustCompile(`^template: ([^:]+):(\d+):(?:(\d+):)?`)

// templateError splits a template parse error into where it is (its file
// and line when the error names them, else the page kind's template) and
// what it says.
func (t *Theme) templateError(err error, file string) (diag.Pos, string) {
	m := templateErr.FindStringSubmatch(err.Error())
	if m == nil {
		return diag.Pos{File: t.Dir + "/" + file}, err.Error()
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3]) // execution errors name the column too
	name := "layouts/partials/" + m[1]
	if m[1] == "base.html" || "layouts/"+m[1] == file {
		name = "layouts/" + m[1]
	}
	return diag.Pos{File: t.Dir + "/" + name, Line: line, Col: col}, strings.TrimSpace(strings.TrimPrefix(err.Error(), m[0]))
}

func loadI18n(fsys fs.FS, dir, lang string) (wordTable, diag.List) {
	var problems diag.List
	name := "i18n/" + lang + ".toml"
	file := dir + "/" + name
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		problems.Add(diag.Pos{File: file}, "missing i18n table for "+lang, "add "+file+" with the interface words in that language")
		return wordTable{}, problems
	}
	raw := map[string]any{}
	if _, err := toml.Decode(string(src), &raw); err != nil {
		problems.Add(diag.Pos{File: file}, "invalid TOML: "+err.Error(), "fix the syntax: key = \"text\"")
		return wordTable{}, problems
	}
	table := wordTable{words: map[string]string{}}
	for k, v := range raw {
		switch v := v.(type) {
		case string:
			table.words[k] = v
		case []any:
			list := make([]string, len(v))
			for i, s := range v {
				list[i] = fmt.Sprint(s)
			}
			if k == "months" {
				table.months = list
			} else if k == "days" {
				table.days = list
			}
		}
	}
	if len(table.months) != 12 || len(table.days) != 7 {
		problems.Add(diag.Pos{File: file}, "months must list 12 names and days 7", `write months = ["January", …] and days = ["Sunday", …]`)
	}
	return table, problems
}

// checkI18nKeys makes sure no language lacks a word the first one has, so a
// missing translation of the interface is found at build time, not by a
// reader.
func (t *Theme) checkI18nKeys(langs []string) diag.List {
	var problems diag.List
	if len(langs) == 0 {
		return nil
	}
	ref := t.i18n[langs[0]].words
	keys := make([]string, 0, len(ref))
	for k := range ref {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, lang := range langs[1:] {
		for _, k := range keys {
			if _, ok := t.i18n[lang].words[k]; !ok {
				problems.Add(diag.Pos{File: path.Join(t.Dir, "i18n", lang+".toml")}, "missing interface string "+quote(k),
					"add "+k+" = \"…\" translated from i18n/"+langs[0]+".toml")
			}
		}
	}
	return problems
}

func quote(s string) string { return `"` + s + `"` }

// word looks up an interface string. A missing key is an error, so that
// template execution fails and names it.
func (t *Theme) word(lang, key string) (string, error) {
	if w, ok := t.i18n[lang].words[key]; ok {
		return w, nil
	}
	return "", fmt.Errorf("no interface string %q in i18n/%s.toml", key, lang)
}
