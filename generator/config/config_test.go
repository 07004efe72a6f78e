package config

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // a substring of the first problem, or "" for success
	}{
		{"ok", `base_url = "https://example.org/archive"
default_language = "fr"
[[languages]]
code = "fr"
name = "Français"
title = "Archive"
`, ""},
		{"unknown key with suggestion", "base_ulr = \"https://x.org/\"\n", `cfg.toml:1: unknown field "base_ulr"; did you mean "base_url"?`},
		{"wrong type", "theme = 3\n", `cfg.toml:1: wrong type: key "theme"`},
		{"syntax", "theme = \"default\nx = 1\n", `cfg.toml:1`},
		{"relative base url", `base_url = "/archive/"` + "\n", `cfg.toml:1: base_url "/archive/" is not an absolute http(s) URL`},
		{"unknown default language", "theme = \"default\"\ndefault_language = \"de\"\n", `cfg.toml:2: default_language "de" is not one of the [[languages]]`},
		{"theme path", "\ntheme = \"../x\"\n", `cfg.toml:2: theme "../x" is not a folder name under themes/`},
		{"duplicate language", "[[languages]]\ncode = \"en\"\nname = \"E\"\ntitle = \"T\"\n[[languages]]\ncode = \"en\"\nname = \"E\"\ntitle = \"T\"\n", `cfg.toml:6: language "en" is listed twice`},
		{"typo in languages", "[[languages]]\ncode = \"en\"\nnmae = \"E\"\ntitle = \"T\"\n", `cfg.toml:3: unknown field "languages.nmae"; did you mean "name"?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, problems := Parse(strings.NewReader(tt.src), "cfg.toml")
			if tt.want == "" {
				if problems.HasErrors() || cfg == nil {
					t.Fatalf("Parse(%q) problems:\n%v", tt.src, problems)
				}
				return
			}
			if len(problems) == 0 {
				t.Fatalf("Parse(%q) = no problem; want %q", tt.src, tt.want)
			}
			if got := problems[0].Error(); !strings.Contains(got, tt.want) {
				t.Errorf("Parse(%q) = %q; want it to contain %q", tt.src, got, tt.want)
			}
		})
	}
}

func TestBasePath(t *testing.T) {
	for base, want := range map[string]string{
		"https://example.org/":         "/",
		"https://example.org/archive":  "/archive/",
		"https://example.org/archive/": "/archive/",
	} {
		cfg, problems := Parse(strings.NewReader(`base_url = "`+base+`"`), "c")
		if problems.HasErrors() {
			t.Fatal(problems)
		}
		if got := cfg.BasePath(); got != want {
			t.Errorf("BasePath(%q) = %q; want %q", base, got, want)
		}
	}
}
