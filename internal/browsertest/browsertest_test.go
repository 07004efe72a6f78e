package browsertest

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// dataURL makes a data: URL, so these tests need no server.
func dataURL(html string) string {
	return "data:text/html;charset=utf-8," + url.PathEscape(html)
}

const scripted = `<!DOCTYPE html><title>static</title>
<body style="margin:0"><div style="height:3000px">tall</div>
<script>document.title = "scripted"</script>`

func TestPages(t *testing.T) {
	b := New(t)
	tests := []struct {
		name      string
		opts      []Option
		width     int
		wantTitle string
	}{
		{"desktop", nil, Desktop, "scripted"},
		{"phone", []Option{Width(Phone)}, Phone, "scripted"},
		{"no script", []Option{Width(Phone), NoScript()}, Phone, "static"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := b.Page(t, tt.opts...)
			p.Go(dataURL(scripted))
			var width int
			var title string
			p.Eval(`window.innerWidth`, &width)
			p.Eval(`document.title`, &title)
			if width != tt.width || title != tt.wantTitle {
				t.Errorf("innerWidth %d, title %q; want %d, %q", width, title, tt.width, tt.wantTitle)
			}
		})
	}
}

func TestScreenshotAndProblems(t *testing.T) {
	b := New(t)
	p := b.Page(t, Width(Phone))
	p.Go(dataURL(`<!DOCTYPE html><p>hello</p><script>console.error("oops"); null.x</script>`))
	path := p.Screenshot("hello")
	png, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("screenshot %s is not a PNG (%v)", path, err)
	}
	// Events arrive on their own, shortly after the load.
	for end := time.Now().Add(5 * time.Second); len(p.Problems()) < 2 && time.Now().Before(end); {
		time.Sleep(20 * time.Millisecond)
	}
	got := strings.Join(p.Problems(), "\n")
	if !strings.Contains(got, "oops") || !strings.Contains(got, "TypeError") {
		t.Errorf("problems:\n%s\nwant the console.error and the TypeError", got)
	}
}

func TestWaitForThroughReload(t *testing.T) {
	b := New(t)
	p := b.Page(t)
	// A data: URL may not reload itself, so this page comes from a server.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `<!DOCTYPE html><script>
		if (!sessionStorage.reloaded) { sessionStorage.reloaded = "1"; setTimeout(() => location.reload(), 100) }
		</script>`)
	}))
	defer srv.Close()
	p.Go(srv.URL)
	p.Eval(`window.marker = 1`, nil)
	p.WaitFor("the page to reload", `window.marker === undefined && sessionStorage.reloaded === "1"`)
}

// TestCleanup checks that a browser leaves no process and no goroutine
// behind once its test ends.
func TestCleanup(t *testing.T) {
	before := runtime.NumGoroutine()
	var b *Browser
	t.Run("browser", func(t *testing.T) {
		b = New(t)
		b.Page(t).Go(dataURL(scripted))
		if len(processesUsing(b.profile)) < 2 {
			t.Fatalf("found no Chromium processes for the profile %s", b.profile)
		}
	})
	if t.Failed() || b == nil {
		return
	}
	if pids := processesUsing(b.profile); len(pids) > 0 {
		t.Errorf("processes %v still run after the test", pids)
	}
	// Goroutines end a moment after the contexts are cancelled.
	for end := time.Now().Add(5 * time.Second); runtime.NumGoroutine() > before && time.Now().Before(end); {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after the test; %d before", n, before)
	}
}

func TestHasArg(t *testing.T) {
	const want = "--user-data-dir=/tmp/T/001"
	tests := []struct {
		cmdline string
		want    bool
	}{
		{"chromium\x00--user-data-dir=/tmp/T/001\x00--headless\x00", true},
		{"chromium --type=renderer --user-data-dir=/tmp/T/001 --lang=en", true},
		{"chromium --user-data-dir=/tmp/T/001", true},
		{"chromium\x00--user-data-dir=/tmp/T/0010\x00", false},
		{"chromium\x00x--user-data-dir=/tmp/T/001\x00", false},
		{"chromium --user-data-dir=/tmp/T/0010 --user-data-dir=/tmp/T/001", true},
	}
	for _, tt := range tests {
		if got := hasArg([]byte(tt.cmdline), []byte(want)); got != tt.want {
			t.Errorf("hasArg(%q) = %v; want %v", tt.cmdline, got, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name     string
		env      string   // CONCORD_CHROMIUM
		programs []string // what lookPath finds
		want     string
		wantErr  bool
	}{
		{"env wins", "/opt/chromium/chrome", []string{"/opt/chromium/chrome", "/usr/bin/chromium"}, "/opt/chromium/chrome", false},
		{"env names nothing", "/nope", []string{"/usr/bin/chromium"}, "", true},
		{"debian program", "", []string{"/usr/lib/chromium/chromium", "/usr/bin/chromium"}, "/usr/lib/chromium/chromium", false},
		{"debian wrapper", "", []string{"/usr/bin/chromium", "/snap/bin/chromium"}, "/usr/bin/chromium", false},
		{"on PATH", "", []string{"/snap/bin/chromium"}, "/snap/bin/chromium", false},
		{"none", "", nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			getenv := func(k string) string {
				if k == "CONCORD_CHROMIUM" {
					return tt.env
				}
				return ""
			}
			lookPath := func(name string) (string, error) {
				for _, p := range tt.programs {
					if p == name || strings.HasSuffix(p, "/"+name) {
						return p, nil
					}
				}
				return "", fmt.Errorf("%s: not found", name)
			}
			got, err := find(getenv, lookPath)
			if got != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("find = %q, %v; want %q, error %v", got, err, tt.want, tt.wantErr)
			}
		})
	}
}
