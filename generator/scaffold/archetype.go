package scaffold

import (
	"bytes"
	"errors"
	"io/fs"
	"path"
	"text/template"
	"time"

	"github.com/concord-archive/concord/generator/diag"
)

// Archetype is what an archetype template sees: themes/<theme>/archetypes/
// <word>.md is executed with text/template and an Archetype to give a new
// document's first text.
type Archetype struct {
	Title   string // a placeholder from the slug: "mechelen-2017" gives "Mechelen 2017"
	Date    string // today, as a TOML date: 2019-08-29
	Slug    string
	Section string // declarations, events, news or pages
	Lang    string
}

// archetypeFallback is used for a section the theme has no archetype for.
const archetypeFallback = "default.md"

// fromArchetype executes the theme's archetype for t's section.
func fromArchetype(fsys fs.FS, theme string, t target, today time.Time) ([]byte, diag.List) {
	name, src, problems := readArchetype(fsys, theme, t.key.Section)
	if problems.HasErrors() {
		return nil, problems
	}
	tmpl, err := template.New(path.Base(name)).Parse(string(src))
	if err != nil {
		problems.Add(diag.Pos{File: name}, "archetype: "+err.Error(), "fix the template syntax")
		return nil, problems
	}
	data := Archetype{
		Title:   titleFromSlug(t.key.Slug),
		Date:    today.Format("2006-01-02"),
		Slug:    t.key.Slug,
		Section: t.key.Section,
		Lang:    t.lang,
	}
	var b bytes.Buffer
	if err := tmpl.Execute(&b, data); err != nil {
		problems.Add(diag.Pos{File: name}, "archetype: "+err.Error(), "an archetype can use {{.Title}}, {{.Date}}, {{.Slug}}, {{.Section}} and {{.Lang}}")
		return nil, problems
	}
	return b.Bytes(), problems
}

// readArchetype reads the section's archetype, or the theme's default one.
func readArchetype(fsys fs.FS, theme, section string) (string, []byte, diag.List) {
	var problems diag.List
	dir := path.Join("themes", theme, "archetypes")
	tried := []string{path.Join(dir, singularOf(section)+".md"), path.Join(dir, archetypeFallback)}
	for _, name := range tried {
		src, err := fs.ReadFile(fsys, name)
		if err == nil {
			return name, src, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			problems.Add(diag.Pos{File: name}, "cannot read the archetype: "+err.Error(), "check the file's permissions")
			return "", nil, problems
		}
	}
	problems.Add(diag.Pos{}, "no archetype for "+section+": neither "+tried[0]+" nor "+tried[1]+" exists",
		"add "+tried[0]+" to the theme: the first text of a new document, with TOML front matter")
	return "", nil, problems
}
