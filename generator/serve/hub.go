package serve

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"
)

// hub fans rebuild notices out to every open page over Server-Sent Events.
type hub struct {
	mu      sync.Mutex
	clients map[chan event]struct{}
	last    event // sent to a page that connects later, so it shows current errors
	closed  bool
}

type event struct{ name, data string }

func newHub() *hub { return &hub{clients: map[chan event]struct{}{}} }

// send delivers an event to every client without ever blocking the
// rebuild loop. Each client holds at most one pending event: a newer event
// replaces one not yet taken, so a slow page skips to the latest state (a
// reload after the errors it missed) instead of losing it.
func (h *hub) send(name, data string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.last = event{name, data}
	for c := range h.clients {
		select {
		case <-c: // stale: replaced by this one
		default:
		}
		c <- h.last // cannot block: only send fills c, under h.mu
	}
}

func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for c := range h.clients {
		close(c)
		delete(h.clients, c)
	}
}

func (h *hub) subscribe() (chan event, event, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, event{}, false
	}
	c := make(chan event, 1)
	h.clients[c] = struct{}{}
	return c, h.last, true
}

func (h *hub) unsubscribe(c chan event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.clients[c]; ok {
		delete(h.clients, c)
		close(c)
	}
}

// serve streams events to one page until it goes away or the server stops.
func (h *hub) serve(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	c, last, ok := h.subscribe()
	if !ok {
		http.Error(w, "server stopping", http.StatusServiceUnavailable)
		return
	}
	defer h.unsubscribe(c)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	fmt.Fprint(w, "retry: 500\n\n")
	if last.name == "errors" {
		write(w, last)
	}
	flusher.Flush()
	ping := time.NewTicker(30 * time.Second)
	defer ping.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case ev, ok := <-c:
			if !ok {
				return
			}
			write(w, ev)
			flusher.Flush()
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
			flusher.Flush()
		}
	}
}

func write(w http.ResponseWriter, ev event) {
	fmt.Fprintf(w, "event: %s\n", ev.name)
	for _, line := range strings.Split(ev.data, "\n") {
		fmt.Fprintf(w, "data: %s\n", line)
	}
	fmt.Fprint(w, "\n")
}
