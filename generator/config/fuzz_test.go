package config

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// FuzzParse checks that no config makes Parse panic, that every problem
// names the file, and that an accepted config is one the build can use: a
// valid base URL, a theme that is one folder name, and its default
// language among its languages.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"base_url = \"https://x.org/\"\n[[languages]]\ncode = \"en\"\nname = \"English\"\ntitle = \"T\"\n",
		"base_url = \"https://x.org/archive/\"\ndefault_language = \"fr\"\ntheme = \"default\"\n",
		"theme = \"../x\"\n", "nmae = 1\n", "[[languages]]\ncode = \"EN\"\n", "base_url = 3\n", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		cfg, problems := Parse(bytes.NewReader(src), "config.toml")
		for _, p := range problems {
			if p.Pos.File != "config.toml" {
				t.Fatalf("problem without the file: %v", p)
			}
		}
		if cfg == nil {
			if !problems.HasErrors() {
				t.Fatal("no config and no error")
			}
			return
		}
		if problems.HasErrors() {
			t.Fatalf("a config with errors was returned: %v", problems)
		}
		if !strings.HasSuffix(cfg.BasePath(), "/") || !strings.HasPrefix(cfg.BasePath(), "/") {
			t.Fatalf("base path %q", cfg.BasePath())
		}
		if strings.ContainsAny(cfg.Theme, `/\`) || cfg.Theme == ".." || cfg.Theme == "." || cfg.Theme == "" {
			t.Fatalf("theme %q escapes themes/", cfg.Theme)
		}
		if !slices.Contains(cfg.Codes(), cfg.DefaultLanguage) {
			t.Fatalf("default language %q not among %v", cfg.DefaultLanguage, cfg.Codes())
		}
	})
}
