package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sync/atomic"
	"time"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/render"
	"github.com/concord-archive/concord/generator/site"
	"github.com/concord-archive/concord/generator/write"
)

// Summary says what a build made.
type Summary struct {
	Pages    map[string]int // pages per language; "" for language-neutral files
	Copied   int            // static files, theme assets and attachments
	Write    write.Result
	Duration time.Duration
}

// Sink receives the files of a site: a write.Stage for a build, memory for
// serve.
type Sink interface {
	Put(name string, data []byte) error
}

// Render renders every page and copies every file of a loaded site into
// sink, collecting problems.
func Render(ctx context.Context, sink Sink, l *Loaded) (Summary, diag.List) {
	return fill(ctx, sink, l)
}

// Build runs the whole pipeline into opts.Out. On any problem it writes
// nothing and the previous output stays as it was.
func Build(ctx context.Context, opts Options) (Summary, diag.List) {
	start := time.Now()
	if opts.Out == "" {
		opts.Out = path.Join(opts.Source, "public")
	}
	var problems diag.List
	if err := write.CheckOut(opts.Out, opts.Source); err != nil {
		problems.Add(diag.Pos{}, err.Error(), "")
		return Summary{}, problems
	}
	l, problems := Load(opts)
	if problems.HasErrors() {
		return Summary{}, problems
	}
	stage, err := write.NewStage(opts.Out)
	if err != nil {
		problems.Add(diag.Pos{File: opts.Out}, err.Error(), "check that the output's parent folder is writable")
		return Summary{}, problems
	}
	sum, probs := fill(ctx, stage, l)
	problems.Append(probs)
	if problems.HasErrors() || ctx.Err() != nil {
		stage.Abort()
		if ctx.Err() != nil {
			problems.Add(diag.Pos{}, "build interrupted; the previous output is unchanged", "")
		}
		return Summary{}, problems
	}
	sum.Write, err = stage.Commit()
	if err != nil {
		problems.Add(diag.Pos{File: opts.Out}, "writing the output: "+err.Error(), "check the free space and permissions of the output folder")
	}
	sum.Duration = time.Since(start)
	return sum, problems
}

// fill renders every page into the stage in parallel and copies the static
// files. A page that fails to render is reported with its template; the
// others still render, so one build shows every broken page.
func fill(ctx context.Context, stage Sink, l *Loaded) (Summary, diag.List) {
	sum := Summary{Pages: map[string]int{}}
	r := render.New(l.Site, l.Theme)
	pages := render.Plan(l.Site)
	errs := make([]error, len(pages))
	var stop atomic.Bool
	parallel(len(pages), func(i int) {
		if stop.Load() || ctx.Err() != nil {
			stop.Store(true)
			return
		}
		data, err := r.Render(pages[i])
		if err == nil {
			err = stage.Put(pages[i].File(), data)
		}
		errs[i] = err
	})
	problems := pageProblems(l.Theme, pages, errs, "fix the template; the previous output is unchanged")
	for i, err := range errs {
		if err == nil {
			sum.Pages[pages[i].Lang]++
		}
	}
	n, probs := copyFiles(stage, l)
	sum.Copied = n
	problems.Append(probs)
	return sum, problems
}

// copyFiles copies the site's static/ folder and the theme's assets to the
// top of the output, and each attachment next to its document's pages in
// every language.
func copyFiles(stage Sink, l *Loaded) (int, diag.List) {
	c := copier{sink: stage}
	c.assets(l.Theme, l.Source)
	for _, a := range l.Attachments {
		c.attachment(l.Site, l.Source, a)
	}
	return c.n, c.problems
}

// copier copies source files into a sink, counting them and collecting
// problems, so one unreadable file does not hide the others.
type copier struct {
	sink     Sink
	n        int
	problems diag.List
}

func (c *copier) copy(name string, fsys fs.FS, src, shown string) {
	data, err := fs.ReadFile(fsys, src)
	if err == nil {
		err = c.sink.Put(name, data)
	}
	if err != nil {
		c.problems.Add(diag.Pos{File: shown}, "copying: "+unwrap(err), "check that the file is readable")
		return
	}
	c.n++
}

// tree copies every regular file of fsys to the same path in the output.
func (c *copier) tree(fsys fs.FS, shownRoot string) {
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			c.copy(p, fsys, p, path.Join(shownRoot, p))
		}
		return nil
	})
}

// assets copies the theme's static files, then the site's static/ folder,
// which may override them.
func (c *copier) assets(theme *render.Theme, source fs.FS) {
	if theme.Assets != nil {
		c.tree(theme.Assets, theme.Dir+"/static")
	}
	if static, err := fs.Sub(source, "static"); err == nil {
		if _, err := fs.Stat(static, "."); err == nil {
			c.tree(static, "static")
		}
	}
}

// attachment copies a document's attachment next to its page in each
// language, and returns the output names.
func (c *copier) attachment(s *site.Site, source fs.FS, a content.File) []string {
	d := s.Get(a.Key)
	if d == nil {
		return nil // a draft's attachment stays unpublished
	}
	var names []string
	name := path.Base(a.Path)
	for _, lang := range slices.Sorted(maps.Keys(d.Langs)) {
		out := render.DocPath(lang, d.Key) + name
		c.copy(out, source, a.Path, a.Path)
		names = append(names, out)
	}
	return names
}

func unwrap(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return fmt.Sprint(err)
}
