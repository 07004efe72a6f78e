package sitetest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// report is html-validate's JSON output: one entry per file with messages.
type report []struct {
	FilePath string `json:"filePath"`
	Messages []struct {
		RuleID   string `json:"ruleId"`
		Severity int    `json:"severity"` // 1 warning, 2 error
		Message  string `json:"message"`
		Line     int    `json:"line"`
		Column   int    `json:"column"`
	} `json:"messages"`
}

// TestHTMLValid runs html-validate, with the configuration in
// tools/htmlvalidate.cjs, over every HTML page of the built archive, and
// fails on any error or warning.
func TestHTMLValid(t *testing.T) {
	modules := needTools(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not installed: %v", err)
	}
	dir, _ := archive(t)
	var pages []string
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".html") {
			pages = append(pages, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// The report goes to a file: node may exit before a large report
	// written to a pipe is flushed.
	reportFile := filepath.Join(t.TempDir(), "report.json")
	args := []string{filepath.Join(modules, "html-validate", "bin", "html-validate.mjs"),
		"--config", filepath.Join(root, "tools", "htmlvalidate.cjs"), "--formatter", "json=" + reportFile, "--max-warnings", "0"}
	cmd := exec.Command(node, append(args, pages...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("html-validate: %v\n%s", err, stderr.String())
	}
	data, readErr := os.ReadFile(reportFile)
	var r report
	if readErr != nil || json.Unmarshal(data, &r) != nil {
		t.Fatalf("html-validate wrote no JSON report (%v):\n%s\n%s", err, stdout.String(), stderr.String())
	}
	for _, f := range r {
		rel, _ := filepath.Rel(dir, f.FilePath)
		for _, m := range f.Messages {
			t.Errorf("%s:%d:%d: %s (%s)", rel, m.Line, m.Column, m.Message, m.RuleID)
		}
	}
	if err != nil && !t.Failed() {
		t.Errorf("html-validate failed without a message: %v\n%s", err, stderr.String())
	}
	t.Logf("html-validate checked %d pages", len(pages))
}
