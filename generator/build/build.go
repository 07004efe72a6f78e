package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sync/atomic"
	"time"

	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/render"
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
	var problems diag.List
	for i, err := range errs {
		if err != nil {
			problems.Add(diag.Pos{File: l.Theme.Dir + "/layouts/" + pages[i].Kind + ".html"}, err.Error(), "fix the template; the previous output is unchanged")
		} else {
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
	var problems diag.List
	n := 0
	put := func(name string, fsys fs.FS, src, shown string) {
		data, err := fs.ReadFile(fsys, src)
		if err == nil {
			err = stage.Put(name, data)
		}
		if err != nil {
			problems.Add(diag.Pos{File: shown}, "copying: "+unwrap(err), "check that the file is readable")
			return
		}
		n++
	}
	copyTree := func(fsys fs.FS, root string) {
		_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				put(p, fsys, p, path.Join(root, p))
			}
			return nil
		})
	}
	if l.Theme.Assets != nil {
		copyTree(l.Theme.Assets, l.Theme.Dir+"/static")
	}
	if static, err := fs.Sub(l.Source, "static"); err == nil {
		if _, err := fs.Stat(static, "."); err == nil {
			copyTree(static, "static")
		}
	}
	for _, a := range l.Attachments {
		d := l.Site.Get(a.Key)
		if d == nil {
			continue
		}
		name := path.Base(a.Path)
		for lang := range d.Langs {
			put(render.DocPath(lang, d.Key)+name, l.Source, a.Path, a.Path)
		}
	}
	return n, problems
}

func unwrap(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return fmt.Sprint(err)
}
