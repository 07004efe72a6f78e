// Package serve is the editor's live preview: it builds the site into
// memory, serves it on a loopback address, watches the sources, rebuilds on
// every change and tells open pages to reload, or shows the errors over the
// page while keeping the last good site.
//
// One goroutine, the rebuild loop, owns the build state. HTTP handlers only
// read the current snapshot, an immutable value swapped atomically, so they
// never wait for a build.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/concord-archive/concord/generator/build"
	"github.com/concord-archive/concord/generator/diag"
)

// snapshot is one published state of the preview. Never modified once stored.
type snapshot struct {
	files    map[string][]byte // slash path below the site root → bytes
	etags    map[string]string
	problems diag.List // errors of the latest build; files are the last good ones
	version  int
}

// Server serves one site.
type Server struct {
	session *build.Session // owned by the rebuild loop
	log     io.Writer
	current atomic.Pointer[snapshot]
	hub     *hub
	base    string // base path of the preview, always "/"
}

// Run builds the site, serves it on addr until ctx is done, and rebuilds on
// every change of the sources. It returns when ctx is cancelled (Ctrl-C).
func Run(ctx context.Context, opts build.Options, addr string, log io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", addr, err)
	}
	return Serve(ctx, opts, ln, log)
}

// Serve is Run on a listener the caller opened, such as a test's free port.
func Serve(ctx context.Context, opts build.Options, ln net.Listener, log io.Writer) error {
	opts.BaseURL = "http://" + ln.Addr().String() + "/"
	s := &Server{session: build.NewSession(opts), log: log, hub: newHub(), base: "/"}
	s.rebuild(ctx, "start", nil)
	w, err := newWatcher(opts.Source)
	if err != nil {
		ln.Close()
		return err
	}
	defer w.close()
	go s.watchLoop(ctx, w)

	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(log, "serving http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	s.hub.close()
	shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	<-done
	return nil
}

// watchLoop rebuilds after each batch of changes. It is the only goroutine
// that builds, so builds never overlap.
func (s *Server) watchLoop(ctx context.Context, w *watcher) {
	for {
		select {
		case <-ctx.Done():
			return
		case changed, ok := <-w.batches:
			if !ok {
				return
			}
			s.rebuild(ctx, summarize(changed), changed)
		}
	}
}

// rebuild brings the in-memory site up to date after the changed source
// paths (nil: everything). With errors it keeps the last good files and
// publishes the errors, so open pages show them over the content.
func (s *Server) rebuild(ctx context.Context, why string, changed []string) {
	res := s.session.Update(ctx, changed)
	prev := s.current.Load()
	next := &snapshot{version: 1, problems: res.Problems}
	if prev != nil {
		next.files, next.etags, next.version = prev.files, prev.etags, prev.version+1
	}
	if !res.Problems.HasErrors() {
		next.files, next.etags = res.Files, updateETags(next.etags, res.Files, res.Changed)
	}
	s.current.Store(next)
	if res.Problems.HasErrors() {
		fmt.Fprintf(s.log, "%s: %d error(s), still serving the last good site:\n", why, len(res.Problems))
		res.Problems.Print(s.log)
		s.hub.send("errors", problemLines(res.Problems))
		return
	}
	res.Problems.Print(s.log)
	fmt.Fprintf(s.log, "%s: %s\n", why, describe(res))
	s.hub.send("reload", "")
}

// describe says what an update rendered, for the editor's terminal.
func describe(res build.Result) string {
	if res.Full {
		return fmt.Sprintf("rebuilt everything, %d files changed, in %s", len(res.Changed), res.Duration.Round(100*time.Microsecond))
	}
	// Name the pages an editor reads; the search index and the citation
	// files that go with them are only counted.
	var pages []string
	for _, f := range res.Rendered {
		if strings.HasSuffix(f, ".html") {
			pages = append(pages, strings.TrimSuffix(f, "index.html"))
		}
	}
	what := fmt.Sprintf("%d pages", len(pages))
	if n := len(pages); n > 0 && n <= 6 {
		what = strings.Join(pages, ", ")
	}
	if other := len(res.Rendered) - len(pages); other > 0 {
		what += fmt.Sprintf(" and %d other files", other)
	}
	return fmt.Sprintf("rendered %s (%d of %d files), %d changed, in %s",
		what, len(res.Rendered), res.Pages, len(res.Changed), res.Duration.Round(100*time.Microsecond))
}

// summarize names the changed paths of a batch, the first few of them.
func summarize(paths []string) string {
	if len(paths) <= 3 {
		return strings.Join(paths, ", ")
	}
	return strings.Join(paths[:3], ", ") + fmt.Sprintf(" and %d more", len(paths)-3)
}

func problemLines(l diag.List) string {
	var b []byte
	for _, p := range l {
		b = append(b, p.Error()...)
		b = append(b, '\n')
	}
	return string(b)
}
