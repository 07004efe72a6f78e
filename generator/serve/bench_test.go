package serve

import (
	"bytes"
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/concord-archive/concord/generator/build"
)

// BenchmarkEditToReload measures what an editor waits for: from saving a
// paragraph edit of a declaration to the reload event reaching an open
// page, through fsnotify, the quiet period, the incremental rebuild and the
// event stream. The site is a copy of the repository's archive, or of the
// site folder CONCORD_BENCH_SITE names (a generated archive: see
// cmd/concord-corpus).
//
//	go test ./generator/serve -run '^$' -bench EditToReload -benchtime 20x
//	CONCORD_BENCH_SITE=/dev/shm/corpus go test ./generator/serve -run '^$' -bench EditToReload -benchtime 20x
func BenchmarkEditToReload(b *testing.B) {
	src := os.Getenv("CONCORD_BENCH_SITE")
	if src == "" {
		src = "../.."
	}
	dir := b.TempDir()
	config, err := os.ReadFile(filepath.Join(src, "config.toml"))
	if err != nil {
		b.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "config.toml"), config, 0o644)
	for _, name := range []string{"content", "themes", "static"} {
		if _, err := os.Stat(filepath.Join(src, name)); err != nil {
			continue // a site may have no static/
		}
		if err := os.CopyFS(filepath.Join(dir, name), os.DirFS(filepath.Join(src, name))); err != nil {
			b.Fatal(err)
		}
	}
	file := firstDeclaration(b, dir)
	original, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	start := time.Now()
	go func() { done <- Serve(ctx, build.Options{Source: dir}, ln, io.Discard) }()
	defer func() { cancel(); <-done }()
	base := "http://" + ln.Addr().String()
	waitServing(b, base)
	b.Logf("first build and serve: %s", time.Since(start).Round(time.Millisecond))
	names := events(b, base)

	b.ResetTimer()
	for i := range b.N {
		// Words added to the last line stay in the last paragraph, so the
		// translations stay aligned.
		edited := bytes.TrimRight(original, "\n")
		edited = append(edited[:len(edited):len(edited)], " Edit number "+strconv.Itoa(i)+".\n"...)
		if err := os.WriteFile(file, edited, 0o644); err != nil {
			b.Fatal(err)
		}
		waitFor(b, names, "reload")
	}
}

func firstDeclaration(b *testing.B, dir string) string {
	entries, err := os.ReadDir(filepath.Join(dir, "content", "declarations"))
	if err != nil || len(entries) == 0 {
		b.Fatalf("no declarations in %s: %v", dir, err)
	}
	folder := filepath.Join(dir, "content", "declarations", entries[0].Name())
	for _, lang := range []string{"en", "fr"} {
		if _, err := os.Stat(filepath.Join(folder, lang+".md")); err == nil {
			return filepath.Join(folder, lang+".md")
		}
	}
	b.Fatalf("no language file in %s", folder)
	return ""
}

func waitServing(b *testing.B, base string) {
	for range 600 {
		if code, _ := get(b, base+"/"); code == 200 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	b.Fatal("the preview did not start within a minute")
}
