package scaffold

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/concord-archive/concord/generator/config"
	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
)

// siblings returns the other configured language files of t's folder.
func siblings(fsys fs.FS, cfg *config.Config, t target) []string {
	var names []string
	for _, code := range cfg.Codes() {
		if code == t.lang {
			continue
		}
		name := path.Join(t.dir(), code+".md")
		if _, err := fs.Stat(fsys, name); err == nil {
			names = append(names, name)
		}
	}
	return names
}

// findOriginal parses the folder's language files and returns the one
// marked original = true, with its bytes. A file whose front matter cannot
// be read stops here: its problems are the editor's first task.
func findOriginal(fsys fs.FS, cfg *config.Config, t target, names []string) (*content.Doc, []byte, diag.List) {
	var problems diag.List
	parser := content.NewParser(cfg.BasePath(), cfg.Codes())
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			problems.Add(diag.Pos{File: name}, "cannot read: "+err.Error(), "check the file's permissions")
			return nil, nil, problems
		}
		lang := strings.TrimSuffix(path.Base(name), ".md")
		doc, probs := parser.Parse(content.File{Path: name, Key: t.key, Lang: lang, Data: src})
		if doc.Broken {
			return nil, nil, probs
		}
		if doc.IsOriginal() {
			return doc, src, nil
		}
	}
	problems.Add(diag.Pos{}, "no file of "+t.dir()+"/ is marked original = true",
		"add original = true to the original-language file ("+strings.Join(names, ", ")+"), then run concord new again")
	return nil, nil, problems
}

// perLanguage are the front matter strings a translation writes in its own
// language. It is encoded with the TOML library so quotes and backslashes
// in the original's title stay valid.
type perLanguage struct {
	Title   string `toml:"title"`
	Summary string `toml:"summary,omitempty"`
}

// translation returns an unofficial translation of orig to be translated
// in place. It repeats none of the language-neutral fields, which it
// inherits (repeating them only risks contradictions); it copies the
// per-language tables (milestones, references), whose dates and URLs must
// or should stay, and the whole body, so the numbered and lettered
// paragraphs line up with the original from the start.
func translation(orig *content.Doc, src []byte) []byte {
	front, body, _, _ := content.Split(content.Normalize(src), orig.Path)
	from := path.Base(orig.Path)
	var b bytes.Buffer
	b.WriteString("+++\n")
	fmt.Fprintf(&b, translationHeader, from)
	strs, err := toml.Marshal(perLanguage{Title: orig.Meta.Title, Summary: orig.Meta.Summary})
	if err == nil { // encoding two strings cannot fail; without them the editor writes the title
		b.Write(strs)
	}
	b.WriteString(`translation = "unofficial" # "official" if the signatories published this translation` + "\n")
	if tables := perLanguageTables(front, orig.Lines); len(tables) > 0 {
		fmt.Fprintf(&b, "\n# Copied from %s: translate each title, place and note; keep dates, sources and urls as they are.\n", from)
		b.Write(tables)
	}
	b.WriteString("+++\n")
	b.Write(body)
	return b.Bytes()
}

const translationHeader = `# A translation of %[1]s. Translate the title, and each paragraph below in
# place: keep the numbers (1., a.) and the blank lines, so that every
# paragraph lines up with its original. Date, place, tags and the other
# language-neutral fields are inherited from %[1]s: do not repeat them here.
`

// tableKeys are the per-language fields written as arrays of tables.
var tableKeys = []string{"milestones", "references"}

// perLanguageTables returns the front matter from the first [[milestones]]
// or [[references]] header to its end. TOML puts every key after a table
// header into that table, so this is exactly the per-language tables. A
// field written inline (milestones = [...]) is not copied.
func perLanguageTables(front []byte, lines map[string]int) []byte {
	frontLines := bytes.SplitAfter(front, []byte("\n"))
	start := len(frontLines)
	for _, key := range tableKeys {
		// lines holds file lines; the front matter starts on file line 2.
		i := lines[key] - 2
		if i >= 0 && i < start && bytes.HasPrefix(bytes.TrimSpace(frontLines[i]), []byte("[[")) {
			start = i
		}
	}
	return bytes.Join(frontLines[start:], nil)
}
