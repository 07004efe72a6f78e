package build

import (
	"context"
	"crypto/sha256"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/concord-archive/concord/generator/config"
	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/render"
	"github.com/concord-archive/concord/generator/site"
)

// Session is a build kept in memory between changes, for serve. A change
// under content/ re-reads only the document folders it touched, re-parses
// only the files whose bytes changed, rebuilds the site graph (cheap, and
// the only way to see every cross-file rule) and re-renders only the pages
// that depend on the changed documents. A change of the config, the theme
// or static/ rebuilds everything, still reusing the parsed files.
//
// A Session is not safe for concurrent use: serve calls it from its one
// rebuild goroutine.
type Session struct {
	opts Options
	fsys fs.FS

	cfg       *config.Config
	parserKey string // what parsing depends on in the config
	theme     *render.Theme
	setup     diag.List // problems of the config and the theme

	// tree holds problems of content/ above the document folders (an
	// unknown section, a stray file); folders the files and problems of
	// each document folder, by slash path "content/<section>/<slug>".
	tree    diag.List
	folders map[string]folder
	parsed  map[string]parsed // parse cache by file path

	good      *output              // the last build without errors
	needsFull bool                 // a full build was asked for since good
	touched   map[content.Key]bool // documents whose folder was read since good
}

type folder struct {
	files    []content.File
	problems diag.List
	fresh    bool // read since the last parse: its files' hashes need checking
}

type parsed struct {
	doc      *content.Doc
	problems diag.List
}

// output is a complete, error-free build: the graph it came from, the pages
// it planned (for their dependencies) and every output file.
type output struct {
	site        *site.Site
	plan        []render.Page
	pages       map[string]int // index in plan by URL path (cheaper than by file name)
	attachments map[content.Key][]string
	files       map[string][]byte
}

// Result says what an update did.
type Result struct {
	// Files is the whole site after the update, by slash path below the
	// output root; nil when Problems holds an error, in which case the
	// last good files stay what the reader sees.
	Files    map[string][]byte
	Changed  []string // output files added, changed or removed, sorted
	Rendered []string // output files of the pages rendered, sorted
	Pages    int      // pages in the site
	Full     bool     // everything was rebuilt
	Problems diag.List
	Duration time.Duration
}

// NewSession returns a session that has built nothing yet: its first Update
// builds everything.
func NewSession(opts Options) *Session {
	return &Session{
		opts:    opts,
		fsys:    os.DirFS(opts.Source),
		folders: map[string]folder{},
		parsed:  map[string]parsed{},
		touched: map[content.Key]bool{},
	}
}

// Update brings the site up to date after the given source files changed
// (slash paths relative to the source root, as the watcher reports them,
// files or folders, existing or deleted). A nil list means "anything may
// have changed" and rebuilds everything.
func (s *Session) Update(ctx context.Context, changed []string) Result {
	start := time.Now()
	folders, full := classifyChanges(changed)
	if full || s.good == nil || s.needsFull {
		s.needsFull = true
		s.reloadAll()
	} else {
		for _, dir := range folders {
			s.reread(dir)
		}
	}
	res := s.rebuild(ctx)
	res.Duration = time.Since(start)
	return res
}

// classifyChanges maps changed paths to the document folders to re-read.
// Anything outside a document folder (config, theme, static, a section
// folder renamed) asks for a full rebuild.
func classifyChanges(changed []string) (folders []string, full bool) {
	if changed == nil {
		return nil, true
	}
	for _, p := range changed {
		parts := strings.Split(p, "/")
		if parts[0] != content.Root || len(parts) < 3 {
			return nil, true
		}
		dir := strings.Join(parts[:3], "/")
		if !slices.Contains(folders, dir) {
			folders = append(folders, dir)
		}
	}
	return folders, false
}

// reloadAll reads the config, the theme and every content folder again.
// Parsed files stay cached unless the config changed what parsing does.
func (s *Session) reloadAll() {
	s.setup = nil
	cfg, probs := loadConfig(s.opts)
	s.setup.Append(probs)
	s.cfg, s.theme = cfg, nil
	if cfg == nil {
		return
	}
	if key := parserKey(cfg); key != s.parserKey {
		s.parsed, s.parserKey = map[string]parsed{}, key
	}
	s.theme, probs = LoadTheme(s.fsys, cfg)
	s.setup.Append(probs)

	files, probs := content.Read(s.fsys, cfg.Codes())
	s.tree = nil
	s.folders = map[string]folder{}
	for _, f := range files {
		dir := folderOf(f.Path)
		fo := s.folders[dir]
		fo.files = append(fo.files, f)
		fo.fresh = true
		s.folders[dir] = fo
	}
	for _, p := range probs {
		dir := folderOf(p.Pos.File)
		if dir == "" {
			s.tree = append(s.tree, p)
			continue
		}
		fo := s.folders[dir]
		fo.problems = append(fo.problems, p)
		s.folders[dir] = fo
	}
}

// reread reads one document folder again.
func (s *Session) reread(dir string) {
	files, problems := content.ReadFolder(s.fsys, dir, s.cfg.Codes())
	if len(files) == 0 && len(problems) == 0 {
		delete(s.folders, dir)
		return
	}
	s.folders[dir] = folder{files: files, problems: problems, fresh: true}
}

// folderOf is the document folder of a path below content/, or "" for a
// path above the document folders.
func folderOf(p string) string {
	parts := strings.SplitN(p, "/", 4)
	if len(parts) < 3 || parts[0] != content.Root {
		return ""
	}
	return strings.Join(parts[:3], "/")
}

func parserKey(cfg *config.Config) string {
	return cfg.BasePath() + "|" + strings.Join(cfg.Codes(), ",")
}

// rebuild parses what is not cached, builds the graph and, when there is no
// error, renders what the change touched.
func (s *Session) rebuild(ctx context.Context) Result {
	var res Result
	res.Problems.Append(s.setup)
	if s.cfg == nil || s.theme == nil {
		res.Problems.Sort()
		return res
	}
	res.Problems.Append(s.tree)
	sources, fresh, attachments := s.sources(&res.Problems)
	docs := s.parse(sources, fresh, &res.Problems)
	st, probs := site.Build(s.cfg, docs, attachments, site.Options{Drafts: s.opts.Drafts})
	res.Problems.Append(probs)
	res.Problems.Sort()
	if res.Problems.HasErrors() || ctx.Err() != nil {
		return res
	}
	next, rendered, changed, probs := s.render(ctx, st, attachments)
	res.Problems.Append(probs)
	if res.Problems.HasErrors() || ctx.Err() != nil {
		return res
	}
	res.Full = s.needsFull
	res.Changed = changed
	res.Rendered = rendered
	res.Pages = len(next.pages)
	res.Files = next.files
	s.good, s.needsFull = next, false
	clear(s.touched)
	return res
}

// sources lists the language files and attachments of every folder, in
// path order, so the graph does not depend on map order. fresh marks the
// language files read since the last parse.
func (s *Session) sources(problems *diag.List) (sources []content.File, fresh []bool, attachments []content.File) {
	for _, dir := range slices.Sorted(maps.Keys(s.folders)) {
		fo := s.folders[dir]
		problems.Append(fo.problems)
		for _, f := range fo.files {
			if f.Lang == "" {
				attachments = append(attachments, f)
			} else {
				sources = append(sources, f)
				fresh = append(fresh, fo.fresh)
			}
			if fo.fresh {
				s.touched[f.Key] = true
			}
		}
		for i := range fo.files {
			fo.files[i].Data = nil // sources has it for this parse; the cache keeps the hash
		}
		if fo.fresh {
			fo.fresh = false
			s.folders[dir] = fo
		}
	}
	return sources, fresh, attachments
}

// parse returns the parsed files. A file of a folder not read again is
// taken from the cache as it is; a fresh one is re-parsed, in parallel with
// the others, only when its bytes differ from the cached parse.
func (s *Session) parse(files []content.File, fresh []bool, problems *diag.List) []*content.Doc {
	docs := make([]*content.Doc, len(files))
	var todo []int
	for i, f := range files {
		c, ok := s.parsed[f.Path]
		if ok && (!fresh[i] || c.doc.Hash == sha256.Sum256(f.Data)) {
			docs[i] = c.doc
		} else {
			todo = append(todo, i)
		}
	}
	p := content.NewParser(s.cfg.BasePath(), s.cfg.Codes())
	probs := make([]diag.List, len(todo))
	parallel(len(todo), func(j int) {
		i := todo[j]
		docs[i], probs[j] = p.Parse(files[i])
	})
	for j, i := range todo {
		s.parsed[files[i].Path] = parsed{doc: docs[i], problems: probs[j]}
	}
	for _, f := range files {
		problems.Append(s.parsed[f.Path].problems)
	}
	if len(s.parsed) > len(files) {
		s.forgetDeleted(files)
	}
	return docs
}

// forgetDeleted drops the cached parses of files that are gone, so a long
// preview session does not keep them in memory.
func (s *Session) forgetDeleted(files []content.File) {
	live := make(map[string]bool, len(files))
	for _, f := range files {
		live[f.Path] = true
	}
	for path := range s.parsed {
		if !live[path] {
			delete(s.parsed, path)
		}
	}
}
