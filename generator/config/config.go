// Package config loads config.toml, the site's settings: where it is
// published, its languages and its theme.
//
// Like litestream's config, Parse takes a reader so it can be tested without a
// disk, Default gives the settings a missing key falls back to, and Validate
// reports every problem at once, with file and line.
package config

import (
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/tomlx"
)

// Config is the decoded config.toml.
type Config struct {
	// BaseURL is the absolute URL the site is published under, ending in "/".
	// A path (https://example.org/archive/) makes every link work under it.
	BaseURL         string     `toml:"base_url"`
	DefaultLanguage string     `toml:"default_language"`
	Theme           string     `toml:"theme"`
	Languages       []Language `toml:"languages"`

	// File is where the config was read from, for diagnostics, and lines
	// the line of each top-level key it sets.
	File  string `toml:"-"`
	lines map[string]int
}

// Language is one language the archive is published in.
type Language struct {
	Code string `toml:"code"` // "en": the content file name and the URL prefix
	Name string `toml:"name"` // "English", in that language: shown in the switcher
	// Title is the site's title in this language.
	Title string `toml:"title"`
	// DateFormat is a Go time layout; "January" and "Monday" are replaced by
	// the month and day names of the theme's i18n table for this language.
	DateFormat string `toml:"date_format"`
	line       int
}

// knownKeys lists valid keys per table, for "did you mean" hints.
var knownKeys = map[string][]string{
	"":          {"base_url", "default_language", "theme", "languages"},
	"languages": {"code", "name", "title", "date_format"},
}

// Default returns the settings used for anything config.toml leaves out.
func Default() *Config {
	return &Config{
		BaseURL:         "http://127.0.0.1:1313/",
		DefaultLanguage: "en",
		Theme:           "default",
		Languages: []Language{
			{Code: "en", Name: "English", Title: "Archive", DateFormat: "2 January 2006"},
		},
	}
}

// Load reads the config file name ("" for config.toml), relative to the
// source folder unless absolute, as concord build, check, serve and new do.
// Problems name the file as given.
func Load(source, name string) (*Config, diag.List) {
	if name == "" {
		name = "config.toml"
	}
	file := name
	if !filepath.IsAbs(file) {
		file = filepath.Join(source, name)
	}
	f, err := os.Open(file)
	if err != nil {
		var l diag.List
		l.Add(diag.Pos{File: name}, "cannot open the config: "+err.Error(), "run concord from the repository root, or pass --config and --source")
		return nil, l
	}
	defer f.Close()
	return Parse(f, filepath.ToSlash(name))
}

// Parse reads a config from r. name is the file name used in diagnostics.
// The result is validated; problems are returned, never a half-read config
// silently used.
func Parse(r io.Reader, name string) (*Config, diag.List) {
	src, err := io.ReadAll(r)
	if err != nil {
		var l diag.List
		l.Add(diag.Pos{File: name}, "cannot read config: "+err.Error(), "check the file's permissions")
		return nil, l
	}
	c := Default()
	c.Languages = nil
	c.File = name
	md, problems := tomlx.Decode(src, c, name, 0, knownKeys)
	if problems.HasErrors() {
		return nil, problems
	}
	if !md.IsDefined("languages") {
		c.Languages = Default().Languages
	}
	c.lines = map[string]int{}
	for _, key := range knownKeys[""] {
		c.lines[key] = tomlx.KeyLine(src, []string{key})
	}
	lines := tomlx.KeyLines(src, []string{"languages", "code"})
	for i := range c.Languages {
		if i < len(lines) {
			c.Languages[i].line = lines[i]
		}
	}
	problems.Append(c.Validate())
	if problems.HasErrors() {
		return nil, problems
	}
	c.normalize()
	return c, problems
}

var langCode = regexp.MustCompile(`^[a-z]{2,3}$`)

// Validate reports every problem with the settings.
func (c *Config) Validate() diag.List {
	var l diag.List
	if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		l.Add(c.Pos("base_url"), "base_url "+quote(c.BaseURL)+" is not an absolute http(s) URL", `write it like "https://example.org/" or "https://example.org/archive/"`)
	}
	if c.Theme == "" || strings.ContainsAny(c.Theme, `/\`) || c.Theme == "." || c.Theme == ".." {
		l.Add(c.Pos("theme"), "theme "+quote(c.Theme)+" is not a folder name under themes/", `write theme = "default"`)
	}
	seen := map[string]bool{}
	for _, lang := range c.Languages {
		pos := diag.Pos{File: c.File, Line: lang.line}
		switch {
		case !langCode.MatchString(lang.Code):
			l.Add(pos, "language code "+quote(lang.Code)+" is not a lowercase ISO 639 code", `write code = "en" or "fr"`)
		case seen[lang.Code]:
			l.Add(pos, "language "+quote(lang.Code)+" is listed twice", "remove one of the [[languages]] tables")
		}
		seen[lang.Code] = true
		if lang.Name == "" || lang.Title == "" {
			l.Add(pos, "language "+quote(lang.Code)+" needs a name and a title", `add name = "Français" and title = "…"`)
		}
	}
	if len(c.Languages) == 0 {
		l.Add(c.Pos("languages"), "no [[languages]] configured", "add a [[languages]] table for each language")
	}
	if !seen[c.DefaultLanguage] {
		l.Add(c.Pos("default_language"), "default_language "+quote(c.DefaultLanguage)+" is not one of the [[languages]]", "set it to the code of a configured language")
	}
	return l
}

func quote(s string) string { return `"` + s + `"` }

// normalize makes BaseURL end in "/" and fills date formats.
func (c *Config) normalize() {
	if !strings.HasSuffix(c.BaseURL, "/") {
		c.BaseURL += "/"
	}
	for i := range c.Languages {
		if c.Languages[i].DateFormat == "" {
			c.Languages[i].DateFormat = "2 January 2006"
		}
	}
}

// BasePath is the path part of BaseURL, "/" or "/archive/": every link the
// site writes starts with it, so the site works under a sub-path.
func (c *Config) BasePath() string {
	u, err := url.Parse(c.BaseURL)
	if err != nil || u.Path == "" {
		return "/"
	}
	return u.Path
}

// SetBaseURL overrides base_url (the --base-url flag) and checks it.
func (c *Config) SetBaseURL(s string) diag.List {
	c.BaseURL = s
	l := c.Validate()
	c.normalize()
	return l
}

// Pos is where config.toml sets a top-level key, for later stages
// diagnostics about its value (a theme that is not there, say).
func (c *Config) Pos(key string) diag.Pos { return diag.Pos{File: c.File, Line: c.lines[key]} }

// Lang returns the language with the given code.
func (c *Config) Lang(code string) (Language, bool) {
	for _, l := range c.Languages {
		if l.Code == code {
			return l, true
		}
	}
	return Language{}, false
}

// Codes returns the language codes, default language first: the order in
// which pages list their translations.
func (c *Config) Codes() []string {
	codes := []string{c.DefaultLanguage}
	for _, l := range c.Languages {
		if l.Code != c.DefaultLanguage {
			codes = append(codes, l.Code)
		}
	}
	return codes
}
