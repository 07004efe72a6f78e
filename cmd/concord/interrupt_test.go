package main

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/concord-archive/concord/internal/corpus"
)

// TestMain lets the test binary run as concord itself, so that a test can
// interrupt a real build process with real signals.
func TestMain(m *testing.M) {
	if os.Getenv("CONCORD_RUN_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// TestInterruptedBuild stops a build that rewrites every page (a new base
// URL changes them all) while its pages are being staged: with Ctrl-C,
// with SIGTERM as CI runners send, and with SIGKILL, which no program can
// catch. Every time the previous output must stay complete and unchanged,
// and the next build must leave no staging folder behind.
func TestInterruptedBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a generated archive several times")
	}
	src := t.TempDir()
	theme, _ := filepath.Abs(filepath.Join("..", "..", "themes", "default"))
	if _, err := corpus.Write(src, corpus.New(120, 1), corpus.Concord{Theme: theme}); err != nil {
		t.Fatal(err)
	}
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	if code := run(context.Background(), []string{"build", "--source", src, "--out", out}, &bytes.Buffer{}, &bytes.Buffer{}); code != 0 {
		t.Fatal("first build failed")
	}
	before := snapshot(t, out)

	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGKILL} {
		t.Run(sig.String(), func(t *testing.T) {
			var stderr bytes.Buffer
			cmd := exec.Command(os.Args[0], "build", "--source", src, "--out", out, "--base-url", "https://elsewhere.example/")
			cmd.Env = append(os.Environ(), "CONCORD_RUN_MAIN=1")
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			if !waitStaging(out, 20) {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("the build never staged pages; stderr:\n%s", stderr.String())
			}
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) {
				t.Fatalf("the build finished before the %v (err %v): make the archive larger", sig, err)
			}
			if sig != syscall.SIGKILL && (exit.ExitCode() != 1 || !strings.Contains(stderr.String(), "interrupted")) {
				t.Errorf("after %v: exit %d, stderr:\n%s\nwant exit 1 saying the build was interrupted", sig, exit.ExitCode(), stderr.String())
			}
			if after := snapshot(t, out); !sameSnapshot(before, after) {
				t.Errorf("after %v the output changed", sig)
			}
			if sig != syscall.SIGKILL {
				assertOnlyOutput(t, parent)
			}
		})
	}

	// The next build finishes the job and cleans up after the killed one.
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"build", "--source", src, "--out", out, "--base-url", "https://elsewhere.example/"}, &stdout, &stderr); code != 0 {
		t.Fatalf("build after the interruptions: %s", stderr.String())
	}
	assertOnlyOutput(t, parent)
	page, err := os.ReadFile(filepath.Join(out, "en", "index.html"))
	if err != nil || !bytes.Contains(page, []byte("https://elsewhere.example/")) {
		t.Errorf("the completed build did not publish the new base URL: %v", err)
	}
}

// waitStaging waits until the build has staged at least n files.
func waitStaging(out string, n int) bool {
	staging := filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".concord-staging")
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		count := 0
		filepath.WalkDir(staging, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				count++
			}
			return nil
		})
		if count >= n {
			return true
		}
		time.Sleep(time.Millisecond)
	}
	return false
}

func assertOnlyOutput(t *testing.T, parent string) {
	t.Helper()
	entries, _ := os.ReadDir(parent)
	if len(entries) != 1 || entries[0].Name() != "public" {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("beside the output: %v; want public alone", names)
	}
}
