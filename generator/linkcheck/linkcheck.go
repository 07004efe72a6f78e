// Package linkcheck checks a built site's internal links: every href and
// src of every HTML page that points into the site must name a file of the
// output (a folder stands for its index.html, as on static hosting), and
// every #fragment must name an element of the page it points at.
//
// It reads the output only, so it judges what readers get, whatever
// produced it: templates, Markdown links, citations. concord check
// --output runs it after a build.
package linkcheck

import (
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"
)

// Broken is one link that does not resolve.
type Broken struct {
	File   string // the page holding the link: slash path below the output folder
	Line   int    // the line of the element in that page
	Link   string // the link as written in the page
	Reason string // what is missing: `no element with id "p99"`
}

func (b Broken) String() string {
	return fmt.Sprintf("%s:%d: broken link to %s (%s)", b.File, b.Line, b.Link, b.Reason)
}

// Result is what Check found.
type Result struct {
	Pages  int // HTML pages read
	Links  int // internal links checked
	Broken []Broken
}

// Check reads every HTML page of the output fsys and checks its internal
// links. base is the site's base URL, "https://example.org/archive/": an
// absolute link under it, a root-relative link under its path and any
// relative link are internal; other schemes and hosts are not checked. The
// error is for an output that cannot be read, not for broken links.
func Check(fsys fs.FS, base string) (Result, error) {
	site, err := newSite(fsys, base)
	if err != nil {
		return Result{}, err
	}
	var res Result
	for _, name := range site.names {
		p, err := site.page(name)
		if err != nil {
			return Result{}, err
		}
		res.Pages++
		for _, l := range p.links {
			internal, reason := site.check(name, l.href)
			if !internal {
				continue
			}
			res.Links++
			if reason != "" {
				res.Broken = append(res.Broken, Broken{File: name, Line: l.line, Link: l.href, Reason: reason})
			}
		}
	}
	return res, nil
}

// site is the output being checked, with its pages parsed on demand.
type site struct {
	fsys     fs.FS
	base     *url.URL
	basePath string   // the base URL's path, with a trailing slash: "/archive/"
	names    []string // HTML files, sorted
	files    map[string]bool
	pages    map[string]*page // parsed so far, by file name
}

func newSite(fsys fs.FS, base string) (*site, error) {
	u, err := url.Parse(base)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, fmt.Errorf("base URL %q is not an absolute URL like https://example.org/", base)
	}
	s := &site{fsys: fsys, base: u, basePath: strings.TrimSuffix(u.Path, "/") + "/", files: map[string]bool{}, pages: map[string]*page{}}
	err = fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			s.files[name] = true
			if strings.HasSuffix(name, ".html") {
				s.names = append(s.names, name)
			}
		}
		return nil
	})
	slices.Sort(s.names)
	return s, err
}

func (s *site) page(name string) (*page, error) {
	if p, ok := s.pages[name]; ok {
		return p, nil
	}
	data, err := fs.ReadFile(s.fsys, name)
	if err != nil {
		return nil, err
	}
	p := parse(data)
	s.pages[name] = p
	return p, nil
}

// check resolves href, found in the page from, and says whether it is an
// internal link and, if so, what it lacks ("" when it resolves).
func (s *site) check(from, href string) (internal bool, reason string) {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return true, "not a valid URL"
	}
	abs := s.urlOf(from).ResolveReference(u)
	if abs.Scheme != s.base.Scheme || abs.Host != s.base.Host {
		return false, ""
	}
	where := abs.Path
	if where+"/" == s.basePath {
		where = s.basePath // the base folder without its slash
	}
	name, ok := strings.CutPrefix(where, s.basePath)
	if !ok {
		return true, "outside the base path " + s.basePath
	}
	name, ok = s.file(name)
	if !ok {
		return true, "no such file in the output"
	}
	if abs.Fragment == "" {
		return true, ""
	}
	if !strings.HasSuffix(name, ".html") {
		return true, fmt.Sprintf("#%s in a file that is not an HTML page", abs.Fragment)
	}
	p, err := s.page(name)
	if err != nil {
		return true, err.Error()
	}
	if !p.ids[abs.Fragment] {
		return true, fmt.Sprintf("no element with id %q", abs.Fragment)
	}
	return true, ""
}

// urlOf is the URL a file of the output is served at.
func (s *site) urlOf(name string) *url.URL {
	dir, file := path.Split(name)
	p := s.basePath + name
	if file == "index.html" {
		p = s.basePath + dir
	}
	return &url.URL{Scheme: s.base.Scheme, Host: s.base.Host, Path: p}
}

// file finds the output file a URL path below the base serves, the way
// static hosting does: a folder serves its index.html.
func (s *site) file(name string) (string, bool) {
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	name = path.Clean(name)
	switch {
	case s.files[name]:
		return name, true
	case s.files[name+"/index.html"]:
		return name + "/index.html", true
	}
	return "", false
}
