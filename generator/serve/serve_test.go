package serve

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/concord-archive/concord/generator/build"
)

// site is a one-declaration archive written into a temp folder with the
// repository's theme.
func site(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"config.toml":                  "base_url = \"https://x.org/\"\n[[languages]]\ncode = \"en\"\nname = \"English\"\ntitle = \"T\"\n",
		"content/declarations/a/en.md": "+++\ntitle = \"A\"\noriginal = true\ndate = 2017-11-17\n+++\n1. First version.\n",
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	theme, _ := filepath.Abs("../../themes")
	if err := os.Symlink(theme, filepath.Join(dir, "themes")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// events reads Server-Sent Events names from the preview.
func events(t testing.TB, base string) <-chan string {
	t.Helper()
	resp, err := http.Get(base + eventsPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	names := make(chan string, 16)
	go func() {
		defer close(names)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if name, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				names <- name
			}
		}
	}()
	return names
}

func waitFor(t testing.TB, names <-chan string, want string) {
	t.Helper()
	select {
	case got := <-names:
		if got != want {
			t.Fatalf("event %q; want %q", got, want)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("no %q event within 10s", want)
	}
}

func get(t testing.TB, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestServeEditReloadAndErrors(t *testing.T) {
	dir := site(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	logs := &syncBuffer{}
	go func() { done <- Serve(ctx, build.Options{Source: dir}, ln, logs) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	}()
	base := "http://" + ln.Addr().String()
	page := base + "/en/declarations/a/"
	var body string
	for i := 0; i < 50; i++ { // Serve builds before it accepts
		var code int
		if code, body = get(t, page); code == 200 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(body, "First version.") || !strings.Contains(body, scriptPath) {
		t.Fatalf("first page lacks its text or the reload script:\n%s", body)
	}
	names := events(t, base)
	file := filepath.Join(dir, "content/declarations/a/en.md")

	// An edit reloads the page with the new text.
	os.WriteFile(file, []byte("+++\ntitle = \"A\"\noriginal = true\ndate = 2017-11-17\n+++\n1. Second version.\n"), 0o644)
	waitFor(t, names, "reload")
	if _, body = get(t, page); !strings.Contains(body, "Second version.") {
		t.Fatal("page did not change after the edit")
	}

	// A broken edit sends the errors and keeps serving the last good page.
	os.WriteFile(file, []byte("+++\ntitle = \"A\n"), 0o644)
	waitFor(t, names, "errors")
	if code, body := get(t, page); code != 200 || !strings.Contains(body, "Second version.") {
		t.Fatalf("after a broken edit: %d, last good page lost", code)
	}

	// A new document in a folder created after start appears.
	newFile := filepath.Join(dir, "content/declarations/b/en.md")
	os.MkdirAll(filepath.Dir(newFile), 0o755)
	os.WriteFile(newFile, []byte("+++\ntitle = \"B\"\noriginal = true\n+++\nNew.\n"), 0o644)
	os.WriteFile(file, []byte("+++\ntitle = \"A\"\noriginal = true\n+++\n1. Fixed.\n"), 0o644)
	waitFor(t, names, "reload")
	if code, _ := get(t, base+"/en/declarations/b/"); code != 200 {
		t.Fatalf("new document: %d; want 200", code)
	}

	// An editor's save: write a temporary file, rename it over the file.
	tmp := filepath.Join(dir, "content/declarations/a/.en.md.tmp")
	os.WriteFile(tmp, []byte("+++\ntitle = \"A\"\noriginal = true\n+++\n1. Saved by rename.\n"), 0o644)
	if err := os.Rename(tmp, file); err != nil {
		t.Fatal(err)
	}
	waitFor(t, names, "reload")
	if _, body = get(t, page); !strings.Contains(body, "Saved by rename.") {
		t.Fatal("page did not change after a rename-and-replace save")
	}

	// Renaming a folder moves its page.
	renamed := filepath.Join(dir, "content/declarations/c")
	if err := os.Rename(filepath.Dir(newFile), renamed); err != nil {
		t.Fatal(err)
	}
	waitFor(t, names, "reload")
	if code, _ := get(t, base+"/en/declarations/b/"); code != 404 {
		t.Fatalf("renamed document's old page: %d; want 404", code)
	}
	if code, _ := get(t, base+"/en/declarations/c/"); code != 200 {
		t.Fatalf("renamed document's new page: %d; want 200", code)
	}

	// Deleting it removes its page.
	os.RemoveAll(renamed)
	waitFor(t, names, "reload")
	if code, _ := get(t, base+"/en/declarations/c/"); code != 404 {
		t.Fatalf("deleted document: %d; want 404", code)
	}
	if log := logs.String(); !strings.Contains(log, "content/declarations/a/en.md: rendered en/declarations/a/ and 3 other files (4 of 19 files)") {
		t.Errorf("the log does not say what a one-file edit rendered:\n%s", log)
	}
}

// syncBuffer is a log the server writes while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestLookup(t *testing.T) {
	snap := &snapshot{files: map[string][]byte{"index.html": nil, "en/index.html": nil, "style.css": nil}}
	tests := []struct{ path, name, redirect string }{
		{"/", "index.html", ""},
		{"/en/", "en/index.html", ""},
		{"/en", "", "/en/"},
		{"/style.css", "style.css", ""},
		{"/../../etc/passwd", "", ""},
		{"/en/../style.css", "style.css", ""},
		{"//evil.example/en", "", ""},
		{"/nope", "", ""},
	}
	for _, tt := range tests {
		name, redirect, _ := lookup(snap, tt.path)
		if name != tt.name || redirect != tt.redirect {
			t.Errorf("lookup(%q) = %q, %q; want %q, %q", tt.path, name, redirect, tt.name, tt.redirect)
		}
	}
}
