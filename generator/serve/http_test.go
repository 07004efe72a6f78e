package serve

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-archive/concord/generator/build"
)

// TestHTTPSafety sends requests as an attacker would write them, byte for
// byte (a Go client would clean the paths first), and checks that only the
// site's own files come back, that HEAD and conditional GET follow HTTP,
// and that every answer forbids content sniffing.
func TestHTTPSafety(t *testing.T) {
	dir := site(t)
	// A link in static/ to a file outside the site must not be published.
	os.MkdirAll(filepath.Join(dir, "static"), 0o755)
	secret := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(secret, []byte("SECRET"), 0o644)
	if err := os.Symlink(secret, filepath.Join(dir, "static", "secret.txt")); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, build.Options{Source: dir}, ln, io.Discard) }()
	defer func() { cancel(); <-done }()
	addr := ln.Addr().String()
	waitBody(t, http.DefaultClient, "http://"+addr+"/en/declarations/a/", "First version.")

	tests := []struct {
		request string
		code    int
		body    string // a substring of the body, "" for none expected
	}{
		{"GET /en/declarations/a/ HTTP/1.1", 200, "First version."},
		{"GET /../../../../etc/passwd HTTP/1.1", 404, ""},
		{"GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1", 404, ""},
		{"GET /en/..%2f..%2f..%2fetc%2fpasswd HTTP/1.1", 404, ""},
		{"GET /en/declarations/a/%2e%2e/%2e%2e/%2e%2e/config.toml HTTP/1.1", 404, ""},
		{"GET /content/declarations/a/en.md HTTP/1.1", 404, ""},
		{"GET /config.toml HTTP/1.1", 404, ""},
		{"GET /secret.txt HTTP/1.1", 404, ""},
		{"GET //etc/passwd HTTP/1.1", 404, ""},
		{"GET /en/%00 HTTP/1.1", 404, ""},
		{"GET /en/declarations/a/../a/ HTTP/1.1", 200, "First version."},
		{"GET /en/declarations/a HTTP/1.1", 301, ""},
		{"GET //en HTTP/1.1", 301, ""}, // to /en/, never to the host "en"
		{"POST /en/ HTTP/1.1", 405, ""},
		{"HEAD /en/declarations/a/ HTTP/1.1", 200, ""},
	}
	for _, tt := range tests {
		resp := raw(t, addr, tt.request)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.code {
			t.Errorf("%s: %d; want %d", tt.request, resp.StatusCode, tt.code)
		}
		if tt.body != "" && !strings.Contains(string(body), tt.body) {
			t.Errorf("%s: body lacks %q", tt.request, tt.body)
		}
		if strings.Contains(string(body), "root:") || strings.Contains(string(body), "SECRET") || strings.Contains(string(body), "base_url") {
			t.Errorf("%s: leaked a file outside the site", tt.request)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", tt.request, got)
		}
		if loc := resp.Header.Get("Location"); loc != "" && !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") {
			t.Errorf("%s: redirect to %q leaves the site", tt.request, loc)
		}
		if strings.HasPrefix(tt.request, "HEAD") && (len(body) != 0 || resp.Header.Get("Content-Length") == "" || resp.Header.Get("ETag") == "") {
			t.Errorf("HEAD: body %d bytes, Content-Length %q, ETag %q", len(body), resp.Header.Get("Content-Length"), resp.Header.Get("ETag"))
		}
	}

	// Conditional GET: the ETag of the page gives 304, another one 200.
	first := raw(t, addr, "GET /en/declarations/a/ HTTP/1.1")
	first.Body.Close()
	etag := first.Header.Get("ETag")
	if resp := raw(t, addr, "GET /en/declarations/a/ HTTP/1.1\r\nIf-None-Match: "+etag); resp.StatusCode != 304 {
		t.Errorf("If-None-Match with the current ETag: %d; want 304", resp.StatusCode)
	}
	if resp := raw(t, addr, "GET /en/declarations/a/ HTTP/1.1\r\nIf-None-Match: \"stale\""); resp.StatusCode != 200 {
		t.Errorf("If-None-Match with another ETag: %d; want 200", resp.StatusCode)
	}
}

// raw sends one request line (and optional header lines) as written.
func raw(t *testing.T, addr, request string) *http.Response {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if _, err := io.WriteString(conn, request+"\r\nHost: "+addr+"\r\nConnection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	method, _, _ := strings.Cut(request, " ")
	resp, err := http.ReadResponse(bufio.NewReader(conn), &http.Request{Method: method})
	if err != nil {
		t.Fatalf("%s: %v", request, err)
	}
	return resp
}
