// Package build runs the pipeline end to end: it loads the config, reads
// and parses the content, builds the site graph, loads the theme, renders
// every page in parallel and writes the output through package write.
//
// Load stops before rendering and is what concord check runs; Build
// continues to the output folder and touches it only when every stage
// succeeded.
package build

import (
	"io/fs"
	"os"
	"path"
	"runtime"
	"sync"

	"github.com/concord-archive/concord/generator/config"
	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/render"
	"github.com/concord-archive/concord/generator/site"
)

// Options are the build's inputs, as the command line gives them.
type Options struct {
	Source  string // the repository root: config.toml, content/, themes/, static/
	Config  string // config file, relative to Source unless absolute; "" means config.toml
	Out     string // output folder; "" means public under Source
	BaseURL string // overrides base_url when set
	Drafts  bool
}

// Loaded is everything the pipeline knows before rendering.
type Loaded struct {
	Config      *config.Config
	Source      fs.FS
	Files       []content.File // language files and attachments, by path
	Docs        []*content.Doc
	Site        *site.Site
	Theme       *render.Theme
	Attachments []content.File
}

// Load runs every stage up to the site graph and the theme, collecting all
// problems. The result is complete only when the list holds no error.
func Load(opts Options) (*Loaded, diag.List) {
	var problems diag.List
	fsys := os.DirFS(opts.Source)
	cfg, probs := loadConfig(opts)
	problems.Append(probs)
	if cfg == nil {
		return nil, problems
	}
	l := &Loaded{Config: cfg, Source: fsys}
	files, probs := content.Read(fsys, cfg.Codes())
	problems.Append(probs)
	l.Files = files
	var sources []content.File
	for _, f := range files {
		if f.Lang == "" {
			l.Attachments = append(l.Attachments, f)
		} else {
			sources = append(sources, f)
		}
	}
	docs, probs := parseAll(content.NewParser(cfg.BasePath(), cfg.Codes()), sources)
	problems.Append(probs)
	l.Docs = docs
	for i := range l.Files {
		l.Files[i].Data = nil // parsed: the bytes would only cost the build memory
	}
	s, probs := site.Build(cfg, docs, l.Attachments, site.Options{Drafts: opts.Drafts})
	problems.Append(probs)
	l.Site = s
	l.Theme, probs = LoadTheme(fsys, cfg)
	problems.Append(probs)
	problems.Sort()
	return l, problems
}

// LoadTheme loads the theme config.toml names.
func LoadTheme(fsys fs.FS, cfg *config.Config) (*render.Theme, diag.List) {
	dir := path.Join("themes", cfg.Theme)
	themeFS, err := fs.Sub(fsys, dir)
	if err == nil {
		_, err = fs.Stat(themeFS, "layouts")
	}
	if err != nil {
		var l diag.List
		l.Add(cfg.Pos("theme"), "theme "+`"`+cfg.Theme+`"`+" not found in themes/", "set theme in config.toml to a folder under themes/, such as \"default\"")
		return nil, l
	}
	return render.LoadTheme(themeFS, dir, cfg.Codes())
}

func loadConfig(opts Options) (*config.Config, diag.List) {
	cfg, problems := config.Load(opts.Source, opts.Config)
	if cfg != nil && opts.BaseURL != "" {
		problems.Append(cfg.SetBaseURL(opts.BaseURL))
		if problems.HasErrors() {
			return nil, problems
		}
	}
	return cfg, problems
}

// parseAll parses files in parallel. Results keep the input order, so the
// output does not depend on which worker finished first.
func parseAll(p *content.Parser, files []content.File) ([]*content.Doc, diag.List) {
	docs := make([]*content.Doc, len(files))
	probs := make([]diag.List, len(files))
	parallel(len(files), func(i int) { docs[i], probs[i] = p.Parse(files[i]) })
	var problems diag.List
	for _, l := range probs {
		problems.Append(l)
	}
	return docs, problems
}

// parallel calls work(0..n-1) on GOMAXPROCS goroutines and waits for all.
func parallel(n int, work func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				work(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
