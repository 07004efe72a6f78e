// Package scaffold creates new documents, for concord new: it writes
// content/<section>/<slug>/<lang>.md from the theme's archetype for a new
// document, or, when the folder already holds the document in another
// language, a translation that keeps the original's paragraph structure.
//
// It never overwrites anything: the file is created with O_EXCL, so an
// existing document, even one written a moment earlier by another process,
// stays byte for byte as it was.
package scaffold

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/concord-archive/concord/generator/config"
	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
)

// Request says which document to create.
type Request struct {
	Source  string // the repository root: config.toml, content/, themes/; "" means "."
	Config  string // config file, relative to Source unless absolute; "" means config.toml
	Section string // "declaration" or "declarations", "event", "news", "page"
	Slug    string
	Lang    string    // "" means config.toml's default_language
	Today   time.Time // the date a new document starts with; passed in so tests are deterministic
}

// Result says what New created.
type Result struct {
	Path string // slash path from the source root: content/declarations/x/fr.md
	// TranslationOf is the original's path when the new file is a
	// translation of it, and "" when it starts a new document.
	TranslationOf string
}

// target is the file to create.
type target struct {
	key  content.Key
	lang string
}

func (t target) dir() string  { return path.Join(content.Root, t.key.Section, t.key.Slug) }
func (t target) file() string { return path.Join(t.dir(), t.lang+".md") }

// New creates the file the request names. Problems are returned, all at
// once where they are independent (a wrong section, slug and language), and
// then nothing is written.
func New(req Request) (Result, diag.List) {
	if req.Source == "" {
		req.Source = "."
	}
	cfg, problems := config.Load(req.Source, req.Config)
	if problems.HasErrors() {
		return Result{}, problems
	}
	t, probs := resolve(cfg, req)
	problems.Append(probs)
	if problems.HasErrors() {
		return Result{}, problems
	}
	fsys := os.DirFS(req.Source)
	if _, err := fs.Stat(fsys, t.file()); err == nil {
		return Result{}, exists(t)
	}
	text, of, probs := compose(fsys, cfg, t, req.Today)
	problems.Append(probs)
	if problems.HasErrors() {
		return Result{}, problems
	}
	if err := create(req.Source, t.file(), text); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return Result{}, exists(t)
		}
		problems.Add(diag.Pos{File: t.file()}, "cannot create the file: "+err.Error(), "check that the content folder is writable")
		return Result{}, problems
	}
	return Result{Path: t.file(), TranslationOf: of}, problems
}

// resolve checks the section, slug and language, reporting every mistake.
func resolve(cfg *config.Config, req Request) (target, diag.List) {
	var problems diag.List
	section, ok := sectionOf(req.Section)
	if !ok {
		problems.Add(diag.Pos{}, "unknown section "+quote(req.Section), "use one of: "+strings.Join(sectionWords(), ", "))
	}
	if !content.ValidSlug(req.Slug) {
		problems.Add(diag.Pos{}, quote(req.Slug)+" is not a valid slug", slugHint(req.Slug))
	}
	lang := req.Lang
	if lang == "" {
		lang = cfg.DefaultLanguage
	}
	if _, ok := cfg.Lang(lang); !ok {
		problems.Add(diag.Pos{}, "language "+quote(lang)+" is not configured",
			"use one of the [[languages]] of "+cfg.File+": "+strings.Join(cfg.Codes(), ", "))
	}
	return target{key: content.Key{Section: section, Slug: req.Slug}, lang: lang}, problems
}

func exists(t target) diag.List {
	var l diag.List
	l.Add(diag.Pos{}, t.file()+" already exists", "edit it, or choose another slug")
	return l
}

// compose returns the new file's text: a translation when the folder holds
// the document in another language, the theme's archetype otherwise. of is
// the original's path for a translation.
func compose(fsys fs.FS, cfg *config.Config, t target, today time.Time) (text []byte, of string, problems diag.List) {
	others := siblings(fsys, cfg, t)
	if len(others) == 0 {
		text, problems = fromArchetype(fsys, cfg.Theme, t, today)
		return text, "", problems
	}
	orig, src, problems := findOriginal(fsys, cfg, t, others)
	if problems.HasErrors() {
		return nil, "", problems
	}
	return translation(orig, src), orig.Path, nil
}

// create writes a new file, failing with fs.ErrExist if there is one:
// O_EXCL makes the check and the creation one step, so no race between two
// editors (or an editor and a sync tool) can overwrite a document.
func create(source, name string, data []byte) error {
	p := filepath.Join(source, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		// The half-written file is ours; left behind, it would make the
		// next try fail with "already exists".
		os.Remove(p)
	}
	return err
}

func quote(s string) string { return `"` + s + `"` }
