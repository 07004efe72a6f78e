package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckOutputArchive builds the real archive and checks its links: none
// may be broken.
func TestCheckOutputArchive(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"build", "--source", "../..", "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("build = %d\n%s", code, stderr.String())
	}
	stdout.Reset()
	code := run(context.Background(), []string{"check", "--source", "../..", "--output", out}, &stdout, &stderr)
	if code != 0 || !strings.Contains(stdout.String(), ", 0 broken\n") {
		t.Errorf("check --output = %d\n%s%s", code, stdout.String(), stderr.String())
	}
	t.Log(lastLine(stdout.String()))
}

// TestCheckOutputBroken: a broken link is printed with its page and line,
// and fails the check.
func TestCheckOutputBroken(t *testing.T) {
	out := t.TempDir()
	page := "<!DOCTYPE html>\n<title>x</title>\n<a href=\"/en/declarations/mechelen-2017/#p99\">x</a>\n<a href=\"https://archive.example.org/en/nowhere/\">y</a>"
	if err := os.WriteFile(filepath.Join(out, "index.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ format, want string }{
		{"text", out + "/index.html:3: broken link to /en/declarations/mechelen-2017/#p99 (no such file in the output)\n" +
			out + "/index.html:4: broken link to https://archive.example.org/en/nowhere/ (no such file in the output)\n"},
		{"github", "::error::" + out + "/index.html:3: broken link to /en/declarations/mechelen-2017/#p99 (no such file in the output)\n"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"check", "--source", "../..", "--format", tt.format, "--output", out}, &stdout, &stderr)
		if code != 1 || !strings.Contains(stdout.String(), tt.want) || !strings.Contains(stderr.String(), "2 broken link(s)") {
			t.Errorf("check --format %s --output = %d\nstdout:\n%s\nstderr:\n%s\nwant stdout to contain\n%s", tt.format, code, stdout.String(), stderr.String(), tt.want)
		}
	}
}

// TestCheckOutputMissing: checking a folder that was never built says what
// to do.
func TestCheckOutputMissing(t *testing.T) {
	var stdout, stderr bytes.Buffer
	missing := filepath.Join(t.TempDir(), "public")
	code := run(context.Background(), []string{"check", "--source", "../..", "--output", missing}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "run concord build --out "+missing+" first") {
		t.Errorf("check --output of a missing folder = %d, stderr %q", code, stderr.String())
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
