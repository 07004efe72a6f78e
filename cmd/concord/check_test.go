package main

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
)

// TestCheckArchive checks the real archive: no problem, and the
// translation report, in both formats, exactly as testdata/check-archive*.txt
// hold it (go test ./cmd/concord -update rewrites them).
func TestCheckArchive(t *testing.T) {
	for format, golden := range map[string]string{"text": "check-archive.txt", "github": "check-archive-github.txt"} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"check", "--source", "../..", "--format", format}, &stdout, &stderr)
		if code != 0 || stderr.Len() > 0 {
			t.Errorf("check --format %s = %d, stderr %q; want 0 and nothing", format, code, stderr.String())
		}
		compareGolden(t, filepath.Join("testdata", golden), stdout.String())
	}
}
