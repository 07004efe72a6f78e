package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		out  string // a substring of stdout or stderr
	}{
		{"concord", []string{"-n", "3", "-theme", "../../themes/default", "-out", "NEW"}, 0, "3 declarations, 1 events, 1 news items, 1 page"},
		{"hugo", []string{"-n", "3", "-format", "hugo", "-out", "NEW"}, 0, "hugo site"},
		{"unknown format", []string{"-format", "jekyll", "-out", "NEW"}, 2, `unknown -format "jekyll"`},
		{"no documents", []string{"-n", "0", "-out", "NEW"}, 2, "-n >= 1"},
		{"extra argument", []string{"-out", "NEW", "extra"}, 2, "no arguments"},
		{"no out", []string{"-n", "3"}, 1, "pass -out DIR"},
		{"non-empty out", []string{"-n", "3", "-out", full}, 1, "not empty"},
		{"missing theme", []string{"-n", "3", "-theme", "nowhere", "-out", "NEW"}, 1, "no layouts folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string(nil), tc.args...)
			for i, a := range args {
				if a == "NEW" {
					args[i] = filepath.Join(t.TempDir(), "corpus")
				}
			}
			var stdout, stderr bytes.Buffer
			code := run(args, &stdout, &stderr)
			if code != tc.code || !strings.Contains(stdout.String()+stderr.String(), tc.out) {
				t.Errorf("run(%q) = %d, want %d\nstdout: %s\nstderr: %s\nwant %q", tc.args, code, tc.code, stdout.String(), stderr.String(), tc.out)
			}
		})
	}
}
