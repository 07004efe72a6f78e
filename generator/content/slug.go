package content

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/concord-archive/concord/generator/diag"
)

// checkFolder reports a document folder whose name cannot be a slug. A name
// that differs from a sibling's only in case is reported as the duplicate
// it is: on macOS and Windows the two are one folder.
func checkFolder(fsys fs.FS, p string) diag.List {
	var problems diag.List
	dir, name := path.Split(p)
	if ValidSlug(name) {
		return nil
	}
	at := diag.Pos{File: p}
	if twin := caseTwin(fsys, strings.TrimSuffix(dir, "/"), name); twin != "" {
		problems.Add(at, fmt.Sprintf("folder %q duplicates %q: the names differ only in case", name, twin),
			"move its files into "+dir+twin+"/ and remove it; on macOS and Windows the two names are one folder")
		return problems
	}
	hint := "rename the folder with lowercase letters a-z, digits and single hyphens, e.g. mechelen-2017; the slug becomes the document's URL"
	if s := suggestSlug(name); s != "" {
		hint = fmt.Sprintf("rename the folder to %q; a slug is lowercase letters a-z, digits and single hyphens, because it becomes the document's URL", s)
	}
	problems.Add(at, "invalid slug "+quote(name)+": "+slugFault(name), hint)
	return problems
}

// caseTwin returns the other entry of dir whose name equals name but for
// case, preferring a valid slug, or "".
func caseTwin(fsys fs.FS, dir, name string) string {
	entries, _ := fs.ReadDir(fsys, dir)
	twin := ""
	for _, e := range entries {
		if n := e.Name(); n != name && strings.EqualFold(n, name) && (twin == "" || ValidSlug(n)) {
			twin = n
		}
	}
	return twin
}

// slugFault says in words why name is not a slug.
func slugFault(name string) string {
	for _, r := range name {
		switch {
		case r == ' ':
			return "it has a space"
		case r >= 'A' && r <= 'Z':
			return "it has capital letters"
		case r >= utf8.RuneSelf:
			return fmt.Sprintf("it has the non-ASCII character %q", r)
		case r == '.':
			return "it has a dot"
		case r != '-' && (r < 'a' || r > 'z') && (r < '0' || r > '9'):
			return fmt.Sprintf("it has the character %q", r)
		}
	}
	if len(name) > 100 {
		return "it is longer than 100 characters"
	}
	return "a hyphen must join two words"
}

// suggestSlug turns name into a slug: lowercase, common accented letters
// without their accents, and every run of other characters one hyphen. It
// returns "" when nothing of name is left.
func suggestSlug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(name) {
		plain, ok := unaccented[r]
		if !ok && ((r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')) {
			plain, ok = string(r), true
		}
		if !ok {
			hyphen = true
			continue
		}
		if hyphen && b.Len() > 0 {
			b.WriteByte('-')
		}
		hyphen = false
		b.WriteString(plain)
	}
	if s := b.String(); ValidSlug(s) {
		return s
	}
	return ""
}

// unaccented spells the accented letters of the archive's languages (and
// their neighbours) in plain ASCII.
var unaccented = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'æ': "ae",
	'ç': "c", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ñ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o", 'œ': "oe",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y", 'ß': "ss",
}
