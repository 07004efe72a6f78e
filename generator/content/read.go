package content

import (
	"errors"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/concord-archive/concord/generator/diag"
)

// MaxFileSize bounds a content file. A declaration is some tens of
// kilobytes; anything near this limit is a mistake (a pasted binary, a
// runaway export), and reading it would cost the whole build its memory.
const MaxFileSize = 8 << 20

// File is a file found under content/.
type File struct {
	Path string // slash path from the source root
	Key  Key
	Lang string // "" for an attachment
	Data []byte // the bytes of a language file; nil for attachments
}

// Root is the folder under the source root that holds the content.
const Root = "content"

// ValidSlug reports whether s can name a document folder: lowercase ASCII
// letters and digits in words joined by single hyphens, so it is safe and
// stable in a URL.
func ValidSlug(s string) bool { return len(s) <= 100 && isWords(s) }

// isWords reports whether s is words of a-z and 0-9 joined by single
// hyphens: ^[a-z0-9]+(-[a-z0-9]+)*$, without a regexp because site.Build
// checks every link of every document with it after each edit in serve.
func isWords(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// Read finds every document file under content/ in fsys. langs are the
// configured language codes: a Markdown file named after another language
// is an error, not an attachment. Files come back sorted by path.
func Read(fsys fs.FS, langs []string) ([]File, diag.List) {
	var r reader
	r.langs = langs
	if err := fs.WalkDir(fsys, Root, r.visit(fsys)); err != nil {
		r.problems.Add(diag.Pos{File: Root}, "cannot read the content folder: "+err.Error(), "run concord from the repository root, or pass --source")
	}
	return r.sorted()
}

// ReadFolder reads one document folder, dir = "content/<section>/<slug>",
// with the same rules as Read: serve re-reads only the folders that changed.
// A folder that no longer exists yields no files and no problem.
func ReadFolder(fsys fs.FS, dir string, langs []string) ([]File, diag.List) {
	var r reader
	r.langs = langs
	if parts := strings.Split(dir, "/"); len(parts) != 3 || parts[0] != Root {
		r.problems.Add(diag.Pos{File: dir}, "not a document folder", "")
		return r.sorted()
	}
	d, err := lstat(fsys, dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	visit := r.visit(fsys)
	if err != nil || !d.IsDir() {
		_ = visit(dir, d, err) // reported like any unreadable or misplaced entry
		return r.sorted()
	}
	if err := visit(dir, d, nil); err == nil {
		_ = fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if p == dir {
				return nil // visited above, from Lstat
			}
			return visit(p, d, err)
		})
	}
	return r.sorted()
}

// lstat describes name without following a symbolic link, where fsys can
// say so (os.DirFS can), so that ReadFolder refuses a linked folder as Read
// does.
func lstat(fsys fs.FS, name string) (fs.DirEntry, error) {
	var info fs.FileInfo
	var err error
	if rl, ok := fsys.(fs.ReadLinkFS); ok {
		info, err = rl.Lstat(name)
	} else {
		info, err = fs.Stat(fsys, name)
	}
	if err != nil {
		return nil, err
	}
	return fs.FileInfoToDirEntry(info), nil
}

// reader collects the files and problems of a walk.
type reader struct {
	langs    []string
	files    []File
	problems diag.List
}

func (r *reader) visit(fsys fs.FS) fs.WalkDirFunc {
	return func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			r.problems.Add(diag.Pos{File: p}, "cannot read: "+unwrapPathError(err), "check that the file exists and is readable")
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") && p != Root {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil // editor swap files, .DS_Store
		}
		f, ok, probs := classify(fsys, p, d, r.langs)
		r.problems.Append(probs)
		if ok {
			r.files = append(r.files, f)
		}
		if d.IsDir() && strings.Count(p, "/") >= 3 {
			return fs.SkipDir // nested folders were reported by classify
		}
		return nil
	}
}

func (r *reader) sorted() ([]File, diag.List) {
	slices.SortFunc(r.files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return r.files, r.problems
}

func classify(fsys fs.FS, p string, d fs.DirEntry, langs []string) (File, bool, diag.List) {
	var problems diag.List
	parts := strings.Split(p, "/")
	at := diag.Pos{File: p}
	if d.Type()&fs.ModeSymlink != 0 {
		// A link could pull in a file from outside the repository, or loop;
		// the archive's content lives in the repository itself.
		msg := "symbolic link in content/"
		if target, err := fs.ReadLink(fsys, p); err == nil {
			msg = "symbolic link to " + quote(target) + " in content/"
		}
		problems.Add(at, msg, "replace the link with the file or folder it points to")
		return File{}, false, problems
	}
	switch {
	case len(parts) == 2 && d.IsDir():
		if !slices.Contains(Sections, parts[1]) {
			problems.Add(at, "unknown section "+quote(parts[1]), "content folders are "+strings.Join(Sections, ", "))
		}
		return File{}, false, problems
	case len(parts) == 3 && d.IsDir():
		return File{}, false, checkFolder(fsys, p)
	case len(parts) <= 3:
		if len(parts) == 3 || len(parts) == 2 {
			problems.Add(at, "file outside a document folder", "move it into content/<section>/<slug>/")
		}
		return File{}, false, problems
	case len(parts) > 4:
		return File{}, false, problems
	case d.IsDir():
		problems.Add(at, "folder inside a document folder", "a document folder holds only language files and attachments; move it out")
		return File{}, false, problems
	}
	if !slices.Contains(Sections, parts[1]) || !ValidSlug(parts[2]) {
		return File{}, false, nil // reported on the folder
	}
	f := File{Path: p, Key: Key{Section: parts[1], Slug: parts[2]}}
	name := parts[3]
	if !d.Type().IsRegular() {
		// A named pipe would block the build forever, a device would
		// never end: only plain files are read.
		problems.Add(at, "not a regular file but "+fileType(d.Type()), "replace it with an ordinary file, or remove it")
		return File{}, false, problems
	}
	if ext := path.Ext(name); ext == ".md" {
		return languageFile(fsys, f, strings.TrimSuffix(name, ext), langs)
	}
	if !validAttachmentName(name) {
		problems.Add(at, "attachment name "+quote(name)+" is not safe in a URL", "rename it with letters, digits, '-', '_' and '.' only")
		return File{}, false, problems
	}
	return f, true, problems
}

// languageFile reads the Markdown file of a configured language.
func languageFile(fsys fs.FS, f File, lang string, langs []string) (File, bool, diag.List) {
	var problems diag.List
	at := diag.Pos{File: f.Path}
	if !slices.Contains(langs, lang) {
		hint := "name the file after a configured language (" + strings.Join(langs, ".md, ") + ".md), or add a [[languages]] table with code = " + quote(lang) + " to config.toml"
		if l := strings.ToLower(lang); slices.Contains(langs, l) {
			hint = "rename it " + l + ".md: language files are named in lowercase"
		}
		problems.Add(at, "language "+quote(lang)+" is not configured", hint)
		return File{}, false, problems
	}
	data, msg, hint := readLimited(fsys, f.Path)
	if msg != "" {
		problems.Add(at, msg, hint)
		return File{}, false, problems
	}
	f.Lang, f.Data = lang, data
	return f, true, problems
}

// fileType names what a file that is not a regular file is.
func fileType(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

var attachmentPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

func validAttachmentName(name string) bool {
	return len(name) <= 200 && attachmentPattern.MatchString(name) && !strings.Contains(name, "..")
}

func quote(s string) string { return `"` + s + `"` }
