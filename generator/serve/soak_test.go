package serve

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/concord-archive/concord/generator/build"
)

// TestSoak makes 1,000 edits in quick succession, one in ten of them
// broken, while clients keep requesting pages (plain and conditional) and
// opening and dropping reload streams. Afterwards the server must serve
// the final content, and its goroutines and heap must be back to where
// they were before.
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("1,000 edits")
	}
	dir := site(t)
	file := filepath.Join(dir, "content/declarations/a/en.md")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, build.Options{Source: dir}, ln, io.Discard) }()
	defer func() { cancel(); <-done }()
	base := "http://" + ln.Addr().String()
	page := base + "/en/declarations/a/"
	client := &http.Client{Transport: &http.Transport{}, Timeout: 10 * time.Second}
	waitBody(t, client, page, "First version.")
	goroutines, heap := settle()

	stop := make(chan struct{})
	var clients sync.WaitGroup
	for i := range 4 {
		clients.Go(func() { requestPages(client, base, stop, i) })
	}
	for range 3 {
		clients.Go(func() { holdStreams(client, base, stop) })
	}
	for i := range 1000 {
		text := fmt.Sprintf("+++\ntitle = \"A\"\noriginal = true\n+++\n1. Version %d.\n", i)
		if i%10 == 7 {
			text = "+++\ntitle = \"A\n" // broken: an unclosed string and front matter
		}
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond)
	}
	os.WriteFile(file, []byte("+++\ntitle = \"A\"\noriginal = true\n+++\n1. Final version.\n"), 0o644)
	waitBody(t, client, page, "Final version.")
	close(stop)
	clients.Wait()
	client.CloseIdleConnections()

	after, heapAfter := settle()
	for deadline := time.Now().Add(5 * time.Second); after > goroutines && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		after, heapAfter = settle()
	}
	if after > goroutines {
		buf := make([]byte, 1<<20)
		t.Errorf("goroutines: %d before the soak, %d after\n%s", goroutines, after, buf[:runtime.Stack(buf, true)])
	}
	if heapAfter > heap*3/2+1<<20 {
		t.Errorf("heap in use: %d KiB before the soak, %d KiB after", heap>>10, heapAfter>>10)
	}
	t.Logf("goroutines %d → %d, heap %d → %d KiB", goroutines, after, heap>>10, heapAfter>>10)
}

// settle collects garbage and returns the goroutine count and heap in use.
func settle() (int, uint64) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return runtime.NumGoroutine(), m.HeapInuse
}

func waitBody(t *testing.T, client *http.Client, url, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if resp, err := client.Get(url); err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(body), want) {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s never showed %q", url, want)
}

// requestPages asks for pages, a missing one, and conditional GETs with
// the last ETag, until stop.
func requestPages(client *http.Client, base string, stop <-chan struct{}, seed int) {
	paths := []string{"/en/declarations/a/", "/", "/en/", "/style.css", "/nope/", "/en/declarations/a/../../", "/%2e%2e/etc/passwd"}
	etag := ""
	for i := seed; ; i++ {
		select {
		case <-stop:
			return
		default:
		}
		req, _ := http.NewRequest(http.MethodGet, base+paths[i%len(paths)], nil)
		if etag != "" && i%2 == 0 {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := client.Do(req)
		if err != nil {
			continue
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		etag = resp.Header.Get("ETag")
	}
}

// holdStreams opens a reload stream, keeps it for a moment, drops it, and
// again, until stop.
func holdStreams(client *http.Client, base string, stop <-chan struct{}) {
	for {
		select {
		case <-stop:
			return
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Duration(5+rand.IntN(50))*time.Millisecond)
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+eventsPath, nil)
		if resp, err := client.Do(req); err == nil {
			io.Copy(io.Discard, resp.Body) // until the context drops it
			resp.Body.Close()
		}
		cancel()
	}
}
