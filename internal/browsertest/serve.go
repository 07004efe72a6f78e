package browsertest

import (
	"errors"
	"net"
	"net/http"
	"testing"
	"time"
)

// ServeDir serves the folder dir, a built site, on a 127.0.0.1 port for the
// length of the test t, the way static hosting does (a folder's URL serves
// its index.html), and returns the base URL without a trailing slash:
// "http://127.0.0.1:41234".
func ServeDir(t *testing.T, dir string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("browsertest: listen on 127.0.0.1: %v", err)
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(dir)), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	t.Cleanup(func() {
		srv.Close()
		if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("browsertest: serving %s: %v", dir, err)
		}
	})
	return "http://" + ln.Addr().String()
}
