package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	tests := []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{nil, 2, "", "Usage:"},
		{[]string{"publish"}, 2, "", `unknown command "publish"`},
		{[]string{"build", "extra"}, 2, "", `concord build: unexpected arguments ["extra"]`},
		{[]string{"check", "--format", "xml", "--source", "../.."}, 2, "", `unknown --format "xml"`},
		{[]string{"build", "--source", "../..", "--out", "../.."}, 1, "", "contains the source folder"},
		{[]string{"check", "--source", "../.."}, 0, "", ""},
		{[]string{"build", "--source", "../..", "--out", out}, 0, "built " + out + ": pages en ", ""},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), tt.args, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("run(%q) = %d\nstdout: %s\nstderr: %s\nwant %d, stdout with %q, stderr with %q",
				tt.args, code, stdout.String(), stderr.String(), tt.code, tt.stdout, tt.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "en", "declarations", "mechelen-2017", "en-fr", "index.html")); err != nil {
		t.Errorf("build did not write the side-by-side page: %v", err)
	}
}

func TestCheckGitHubFormat(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "config.toml"), []byte("base_url = \"https://x.org/\"\ntheme = \"nope\"\n"), 0o644)
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"check", "--source", dir, "--format", "github"}, &stdout, &stderr)
	want := "::error file=config.toml,line=2,col=1::theme \"nope\" not found in themes/"
	if code != 1 || !strings.HasPrefix(stdout.String(), want) {
		t.Errorf("check --format github = %d, %q; want 1, prefix %q", code, stdout.String(), want)
	}
}
