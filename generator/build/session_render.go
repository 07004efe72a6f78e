package build

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/render"
	"github.com/concord-archive/concord/generator/site"
)

// render makes the next output from the new graph. After a full reload it
// renders every page and copies every file; otherwise it starts from the
// last good output and renders only the pages whose documents changed.
func (s *Session) render(ctx context.Context, st *site.Site, attachments []content.File) (next *output, rendered, changed []string, problems diag.List) {
	plan := render.Plan(st)
	next = &output{site: st, plan: plan, pages: make(map[string]int, len(plan)), attachments: map[content.Key][]string{}}
	for i, p := range plan {
		next.pages[p.Path] = i
	}
	var todo []render.Page
	var w *writes
	if s.good == nil || s.needsFull {
		w = newWrites(nil)
		todo = plan
	} else {
		w = newWrites(s.good.files)
		todo = s.dependents(plan, st)
		if menuChanged(s.good.site, st) {
			todo = plan
		}
		s.dropGone(w, next)
	}
	problems = renderInto(ctx, w, st, s.theme, todo)
	problems.Append(s.copyInto(w, next, st, attachments))
	next.files = w.files
	rendered = make([]string, len(todo))
	for i, p := range todo {
		rendered[i] = p.File()
	}
	slices.Sort(rendered)
	return next, rendered, w.changed(s.good), problems
}

// dependents are the pages of plan that must be rendered again: new pages,
// every page of a changed document, and the pages that show the front
// matter of a document whose front matter changed (its title in a list, a
// citation, a timeline, a tag). Only a document's own pages show its body,
// so editing a paragraph re-renders just those. The dependencies of the page
// as it was count too, so that a document that stops citing another
// updates the other's back-links.
func (s *Session) dependents(plan []render.Page, st *site.Site) []render.Page {
	changed, frontMatter := diffDocs(s.good.site, st)
	var todo []render.Page
	for _, p := range plan {
		i, ok := s.good.pages[p.Path]
		old := s.good.plan[i]
		if !ok || old.Kind != p.Kind || p.Doc != nil && changed[p.Doc.Key] ||
			p.AllBodies && len(changed) > 0 || p.AllDocs && len(frontMatter) > 0 ||
			touches(p.Deps, frontMatter) || touches(old.Deps, frontMatter) {
			todo = append(todo, p)
		}
	}
	return todo
}

// menuChanged reports whether a document of the main menu appeared or
// disappeared, which changes every page.
func menuChanged(old, cur *site.Site) bool {
	for _, k := range render.MenuDocs {
		if (old.Get(k) == nil) != (cur.Get(k) == nil) {
			return true
		}
	}
	return false
}

// dropGone removes from next the pages the new plan no longer has, and
// the attachments of documents read again (they are copied afresh).
func (s *Session) dropGone(w *writes, next *output) {
	for path, i := range s.good.pages {
		if _, ok := next.pages[path]; !ok {
			w.remove(s.good.plan[i].File())
		}
	}
	for key, names := range s.good.attachments {
		if s.touched[key] || next.site.Get(key) == nil {
			for _, name := range names {
				w.remove(name)
			}
		} else {
			next.attachments[key] = names
		}
	}
}

// copyInto copies the theme's and the site's static files on a full build,
// and the attachments of every document whose folder was read again.
func (s *Session) copyInto(w *writes, next *output, st *site.Site, attachments []content.File) diag.List {
	full := s.good == nil || s.needsFull
	c := copier{sink: w}
	if full {
		c.assets(s.theme, s.fsys)
	}
	for _, a := range attachments {
		if full || s.touched[a.Key] {
			next.attachments[a.Key] = append(next.attachments[a.Key], c.attachment(st, s.fsys, a)...)
		}
	}
	return c.problems
}

// diffDocs compares two graphs document by document. A document changed
// when one of its files was parsed again (the parse cache keeps unchanged
// files identical), or it gained or lost a file or an attachment; its front
// matter changed when a file's front matter differs, or the document
// appeared, disappeared or gained or lost a language.
func diffDocs(old, cur *site.Site) (changed, frontMatter map[content.Key]bool) {
	changed, frontMatter = map[content.Key]bool{}, map[content.Key]bool{}
	for _, d := range cur.Docs {
		o := old.Get(d.Key)
		switch {
		case o == nil:
			changed[d.Key], frontMatter[d.Key] = true, true
		case !sameFiles(o, d):
			changed[d.Key] = true
			if !sameFrontMatter(o, d) {
				frontMatter[d.Key] = true
			}
		}
	}
	for _, o := range old.Docs {
		if cur.Get(o.Key) == nil {
			changed[o.Key], frontMatter[o.Key] = true, true
		}
	}
	return changed, frontMatter
}

func sameFiles(a, b *site.Document) bool {
	return maps.Equal(a.Langs, b.Langs) && slices.Equal(a.Attachments, b.Attachments)
}

func sameFrontMatter(a, b *site.Document) bool {
	if len(a.Langs) != len(b.Langs) {
		return false
	}
	for lang, f := range a.Langs {
		g := b.Langs[lang]
		if g == nil || !reflect.DeepEqual(f.Meta, g.Meta) {
			return false
		}
	}
	return true
}

func touches(deps []content.Key, changed map[content.Key]bool) bool {
	if len(changed) == 0 {
		return false // a paragraph edit changes no front matter: the common case
	}
	for _, k := range deps {
		if changed[k] {
			return true
		}
	}
	return false
}

// renderInto renders pages in parallel into files. Results land by index
// and are stored in order, so the map is written by one goroutine only.
func renderInto(ctx context.Context, w *writes, st *site.Site, theme *render.Theme, pages []render.Page) diag.List {
	r := render.New(st, theme)
	out := make([][]byte, len(pages))
	errs := make([]error, len(pages))
	parallel(len(pages), func(i int) {
		if ctx.Err() == nil {
			out[i], errs[i] = r.Render(pages[i])
		}
	})
	problems := pageProblems(theme, pages, errs, "fix the template; the preview keeps the last good site")
	for i, p := range pages {
		if errs[i] != nil {
			continue
		}
		if err := w.Put(p.File(), out[i]); err != nil {
			problems.Add(diag.Pos{}, err.Error(), "")
		}
	}
	return problems
}

// writes is the output of one update: the last good files, copied, with
// this update's files put over them. It remembers what it wrote and removed
// so that the changed files are found without comparing the whole site.
type writes struct {
	files   map[string][]byte
	written map[string]bool
	removed []string
	full    bool // started empty: everything is written again
}

// newWrites starts an update from the last good files, or from nothing
// for a full build.
func newWrites(last map[string][]byte) *writes {
	if last == nil {
		return &writes{files: map[string][]byte{}, written: map[string]bool{}, full: true}
	}
	return &writes{files: maps.Clone(last), written: map[string]bool{}}
}

// Put stores a file, refusing a second one at the same path in one update:
// two sources must never race for one URL.
func (w *writes) Put(name string, data []byte) error {
	if w.written[name] {
		return fmt.Errorf("two outputs want to write %s", name)
	}
	w.written[name] = true
	w.files[name] = data
	return nil
}

func (w *writes) remove(name string) {
	delete(w.files, name)
	w.removed = append(w.removed, name)
}

// changed lists the files whose bytes differ from the last good output:
// written with other bytes, new, or removed. On a full build the files
// the update did not write are gone too.
func (w *writes) changed(last *output) []string {
	var old map[string][]byte
	if last != nil {
		old = last.files
	}
	var changed []string
	for name := range w.written {
		prev, ok := old[name]
		if !ok || !bytes.Equal(prev, w.files[name]) {
			changed = append(changed, name)
		}
	}
	for _, name := range w.removed {
		if !w.written[name] {
			changed = append(changed, name)
		}
	}
	if w.full {
		for name := range old {
			if _, ok := w.files[name]; !ok {
				changed = append(changed, name) // no longer made
			}
		}
	}
	slices.Sort(changed)
	return changed
}
