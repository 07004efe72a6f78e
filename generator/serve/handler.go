package serve

import (
	"bytes"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// Paths of the preview's own endpoints. They live under a prefix no
// content URL can take (slugs cannot start with "_").
const (
	eventsPath = "/_concord/events"
	scriptPath = "/_concord/live.js"
)

// ServeHTTP serves the current snapshot. Files come from memory, looked up
// by a cleaned path, so no request can reach a file outside the site.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	switch r.URL.Path {
	case eventsPath:
		s.hub.serve(w, r)
		return
	case scriptPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		http.ServeContent(w, r, "live.js", time.Time{}, strings.NewReader(liveScript))
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	snap := s.current.Load()
	name, redirect, ok := lookup(snap, r.URL.Path)
	switch {
	case redirect != "":
		http.Redirect(w, r, redirect, http.StatusMovedPermanently)
		return
	case !ok:
		s.notFound(w, snap)
		return
	}
	data := snap.files[name]
	if ctype := mime.TypeByExtension(path.Ext(name)); ctype != "" {
		w.Header().Set("Content-Type", ctype)
	}
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", snap.etags[name])
	if strings.HasSuffix(name, ".html") {
		data = injectScript(data)
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

// lookup maps a request path to a file of the snapshot: /en/ → en/index.html.
// A folder requested without its slash is redirected, as static hosts do.
func lookup(snap *snapshot, urlPath string) (name, redirect string, ok bool) {
	if snap == nil {
		return "", "", false
	}
	clean := path.Clean("/" + urlPath)
	name = strings.TrimPrefix(clean, "/")
	if strings.HasSuffix(urlPath, "/") || name == "" {
		name = path.Join(name, "index.html")
	}
	if _, ok := snap.files[name]; ok {
		return name, "", true
	}
	if _, ok := snap.files[path.Join(name, "index.html")]; ok {
		return "", clean + "/", false
	}
	return "", "", false
}

func (s *Server) notFound(w http.ResponseWriter, snap *snapshot) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	if snap != nil {
		if page, ok := snap.files["404.html"]; ok {
			w.Write(injectScript(page))
			return
		}
	}
	w.Write([]byte("<!DOCTYPE html><title>Not found</title><p>Not found.</p>"))
}

// injectScript adds the live-reload script before </body>. Only the preview
// does this; built output never carries it.
func injectScript(page []byte) []byte {
	tag := []byte(`<script src="` + scriptPath + `" defer></script>`)
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		return append(bytes.Clone(page), tag...)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:i]...)
	out = append(out, tag...)
	return append(out, page[i:]...)
}
