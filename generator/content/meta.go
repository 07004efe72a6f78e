package content

import (
	"net/url"
	"slices"
	"strings"

	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/tomlx"
)

// Meta is a file's front matter. One struct serves every section; which
// fields a section accepts is in sectionFields. See DESIGN.md "Content".
type Meta struct {
	// Per-language fields: each language file writes its own.
	Title      string      `toml:"title"`
	Summary    string      `toml:"summary"`
	References []Reference `toml:"references"`
	Milestones []Milestone `toml:"milestones"`

	// Original marks the original-language file; Translation ("official"
	// or "unofficial") marks every other one.
	Original    bool   `toml:"original"`
	Translation string `toml:"translation"`

	// Language-neutral fields: written once, in the original, and
	// inherited by the translations (site.Build does the inheriting).
	Date        Date     `toml:"date"`
	End         Date     `toml:"end"`
	Draft       bool     `toml:"draft"`
	Tags        []string `toml:"tags"`
	Event       string   `toml:"event"`
	Place       string   `toml:"place"`
	Signatories []string `toml:"signatories"`
	Organizers  []string `toml:"organizers"`
	Cites       []string `toml:"cites"`
}

// Reference is an instrument outside the archive that a declaration cites.
type Reference struct {
	Title string `toml:"title"`
	URL   string `toml:"url"`
}

// Milestone is one entry of an event's timeline. Date, End and Source must
// match between the languages of the event, entry by entry.
type Milestone struct {
	Date   Date   `toml:"date"`
	End    Date   `toml:"end"`
	Title  string `toml:"title"`
	Place  string `toml:"place"`
	Source string `toml:"source"`
	Note   string `toml:"note"`
	Line   int    `toml:"-"`
}

// NeutralFields are the language-neutral keys, in the order they are checked.
var NeutralFields = []string{"date", "end", "draft", "tags", "event", "place", "signatories", "organizers", "cites"}

var commonFields = []string{"title", "summary", "original", "translation", "date", "draft", "tags"}

// sectionFields lists the keys each section accepts.
var sectionFields = map[string][]string{
	"declarations": append(slices.Clone(commonFields), "event", "place", "signatories", "cites", "references"),
	"events":       append(slices.Clone(commonFields), "end", "place", "organizers", "milestones"),
	"news":         append(slices.Clone(commonFields), "event"),
	"pages":        slices.Clone(commonFields),
}

var milestoneFields = []string{"date", "end", "title", "place", "source", "note"}
var referenceFields = []string{"title", "url"}

// decodeMeta decodes front matter and checks what can be checked within
// one file: required fields, field/section fit, original vs translation,
// tag and date sanity.
func decodeMeta(front []byte, file, section string, offset int) (Meta, map[string]int, diag.List) {
	var m Meta
	allowed := sectionFields[section]
	known := map[string][]string{"": allowed, "milestones": milestoneFields, "references": referenceFields}
	md, problems := tomlx.Decode(front, &m, file, offset, known)
	if problems.HasErrors() {
		return m, nil, problems
	}
	lines := map[string]int{}
	for _, k := range md.Keys() {
		if len(k) != 1 {
			continue
		}
		name := k[0]
		line := tomlx.KeyLine(front, k)
		if line > 0 {
			line += offset
		}
		lines[name] = line
		if !slices.Contains(allowed, name) {
			problems.Add(diag.Pos{File: file, Line: line}, "field "+quote(name)+" is not used in "+section,
				"remove it; fields for "+section+": "+strings.Join(allowed, ", "))
		}
	}
	refLines := tomlx.KeyLines(front, []string{"references", "url"})
	for i, r := range m.References {
		line := lines["references"]
		if i < len(refLines) && refLines[i] > 0 {
			line = refLines[i] + offset
		}
		if r.URL != "" && !isWebURL(r.URL) {
			problems.Add(diag.Pos{File: file, Line: line}, "reference url "+quote(r.URL)+" is not a web address",
				"write the full address, starting with https://")
		}
	}
	for i, l := range tomlx.KeyLines(front, []string{"milestones", "date"}) {
		if i < len(m.Milestones) {
			m.Milestones[i].Line = l + offset
		}
	}
	problems.Append(checkMeta(&m, lines, file))
	return m, lines, problems
}

func checkMeta(m *Meta, lines map[string]int, file string) diag.List {
	var l diag.List
	at := func(key string) diag.Pos { return diag.Pos{File: file, Line: lines[key]} }
	if strings.TrimSpace(m.Title) == "" {
		l.Add(diag.Pos{File: file, Line: 1}, "missing title", `add title = "…" to the front matter`)
	}
	switch {
	case m.Original && m.Translation != "":
		l.Add(at("translation"), "a file cannot be both the original and a translation", "remove original = true or the translation field")
	case !m.Original && m.Translation == "":
		l.Add(diag.Pos{File: file, Line: 1}, "neither original = true nor translation = \"…\"",
			`mark the original-language file with original = true and each other one with translation = "official" or "unofficial"`)
	case m.Translation != "" && m.Translation != "official" && m.Translation != "unofficial":
		l.Add(at("translation"), "translation must be \"official\" or \"unofficial\", not "+quote(m.Translation), `write translation = "official" for a text the signatories published, "unofficial" for one made for the archive`)
	}
	if m.Date.Bad != "" {
		l.Add(at("date"), "date "+m.Date.Bad, dateHint)
	}
	if m.End.Bad != "" {
		l.Add(at("end"), "end "+m.End.Bad, dateHint)
	}
	if !m.End.IsZero() && !m.Date.IsZero() && m.End.Before(m.Date) {
		l.Add(at("end"), "end "+m.End.String()+" is before date "+m.Date.String(), "swap them, or fix the typo")
	}
	for _, tag := range m.Tags {
		if !ValidSlug(tag) {
			l.Add(at("tags"), "tag "+quote(tag)+" is not a slug", "write tags in lowercase with hyphens, e.g. \"local-governance\"")
		}
	}
	for _, ms := range m.Milestones {
		pos := diag.Pos{File: file, Line: ms.Line}
		if ms.Date.Bad != "" {
			l.Add(pos, "milestone date "+ms.Date.Bad, dateHint)
		}
		if ms.End.Bad != "" {
			l.Add(pos, "milestone end "+ms.End.Bad, dateHint)
		}
		if (ms.Date.IsZero() && ms.Date.Bad == "") || strings.TrimSpace(ms.Title) == "" {
			l.Add(pos, "milestone needs a date and a title", `write date = 2017-06-27 and title = "…" in each [[milestones]]`)
		}
		if ms.Source != "" && !isWebURL(ms.Source) {
			l.Add(pos, "milestone source "+quote(ms.Source)+" is not a web address", "write the full address, starting with https://")
		}
		if !ms.End.IsZero() && ms.End.Before(ms.Date) {
			l.Add(pos, "milestone end "+ms.End.String()+" is before its date "+ms.Date.String(), "swap them, or fix the typo")
		}
	}
	return l
}

// isWebURL reports whether s is an absolute http or https address: the
// front matter links readers out of the archive, and any other scheme
// (javascript:, data:) could run in their browser.
func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" &&
		!strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f })
}
