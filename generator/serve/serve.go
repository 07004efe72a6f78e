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
	opts    build.Options
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
	s := &Server{opts: opts, log: log, hub: newHub(), base: "/"}
	s.rebuild(ctx, "start")
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
			s.rebuild(ctx, fmt.Sprintf("%d file(s) changed: %s", len(changed), summarize(changed)))
		}
	}
}

// rebuild builds the site into memory. With errors it keeps the last good
// files and publishes the errors, so open pages show them over the content.
func (s *Server) rebuild(ctx context.Context, why string) {
	start := time.Now()
	prev := s.current.Load()
	next := &snapshot{version: 1}
	if prev != nil {
		next.files, next.etags, next.version = prev.files, prev.etags, prev.version+1
	}
	files, problems := s.build(ctx)
	next.problems = problems
	if !problems.HasErrors() {
		next.files, next.etags = files, etags(files)
	}
	s.current.Store(next)
	if problems.HasErrors() {
		fmt.Fprintf(s.log, "%s: %d error(s), still serving the last good site:\n", why, len(problems))
		problems.Print(s.log)
		s.hub.send("errors", problemLines(problems))
		return
	}
	problems.Print(s.log)
	fmt.Fprintf(s.log, "%s: rebuilt %d files in %s\n", why, len(files), time.Since(start).Round(time.Millisecond))
	s.hub.send("reload", "")
}

func (s *Server) build(ctx context.Context) (map[string][]byte, diag.List) {
	l, problems := build.Load(s.opts)
	if problems.HasErrors() {
		return nil, problems
	}
	mem := &memSink{files: map[string][]byte{}}
	_, probs := build.Render(ctx, mem, l)
	problems.Append(probs)
	return mem.files, problems
}

func summarize(paths []string) string {
	if len(paths) <= 3 {
		return fmt.Sprint(paths)
	}
	return fmt.Sprint(paths[:3]) + " …"
}

func problemLines(l diag.List) string {
	var b []byte
	for _, p := range l {
		b = append(b, p.Error()...)
		b = append(b, '\n')
	}
	return string(b)
}
