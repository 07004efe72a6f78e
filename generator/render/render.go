package render

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"sync"

	"github.com/concord-archive/concord/generator/site"
)

// Renderer renders pages of one site with one theme. It is safe for
// concurrent use: Render only reads the site and the theme.
type Renderer struct {
	site  *site.Site
	theme *Theme
	base  string // base path, "/" or "/archive/"
	abs   string // base URL without the trailing slash of its path
	pool  sync.Pool
}

// New returns a renderer for s.
func New(s *site.Site, t *Theme) *Renderer {
	return &Renderer{
		site:  s,
		theme: t,
		base:  s.Config.BasePath(),
		abs:   strings.TrimSuffix(s.Config.BaseURL, s.Config.BasePath()),
		pool:  sync.Pool{New: func() any { return new(bytes.Buffer) }},
	}
}

// Render returns the bytes of one page. The error names the template and
// what failed in it.
func (r *Renderer) Render(p Page) ([]byte, error) {
	switch p.Kind {
	case "feed":
		return r.feed(p)
	case "sitemap":
		return r.sitemap()
	case "search-index":
		return r.searchFile(p)
	case "robots":
		return []byte("User-agent: *\nAllow: /\nSitemap: " + r.abs + r.base + "sitemap.xml\n"), nil
	}
	if data, ok, err := r.citeDownload(p); ok {
		return data, err
	}
	// Callers report the error at the page kind's template, so it does
	// not name the template again.
	tmpl := r.theme.templates[p.Kind]
	if tmpl == nil {
		return nil, fmt.Errorf("no template for the %s pages", p.Kind)
	}
	v := r.view(p)
	buf := r.pool.Get().(*bytes.Buffer)
	defer r.pool.Put(buf)
	buf.Reset()
	if err := tmpl.ExecuteTemplate(buf, "base", v); err != nil {
		return nil, fmt.Errorf("rendering /%s: %w", p.Path, err)
	}
	return bytes.Clone(buf.Bytes()), nil
}

// URL returns the path of a page below the site's base: /archive/en/…
func (r *Renderer) URL(path string) string { return r.base + path }

// AbsURL returns the absolute URL of a page.
func (r *Renderer) AbsURL(path string) string { return r.abs + r.base + path }

// funcs are the template functions that need no page: the rest are View methods.
var funcs = template.FuncMap{
	"inc": func(i int) int { return i + 1 },
}
