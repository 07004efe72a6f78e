package serve

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// quiet is how long the sources must stay unchanged before a rebuild. An
// editor's save (write, or write a temporary file and rename it over the
// original) comes as a burst of events within a millisecond or two, and one
// rebuild per burst is what the reader wants; the wait adds directly to
// the time from saving to seeing, so it is kept short. A longer burst (a
// git checkout) may cost two rebuilds, which the incremental build makes
// cheap.
const quiet = 20 * time.Millisecond

// watched are the folders under the source root that make the site, plus
// the root itself for config.toml.
var watched = []string{"content", "themes", "static"}

// watcher turns fsnotify events into batches of changed paths.
type watcher struct {
	fs      *fsnotify.Watcher
	root    string
	batches chan []string
	done    chan struct{}
}

func newWatcher(root string) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{fs: fw, root: root, batches: make(chan []string), done: make(chan struct{})}
	_ = fw.Add(root) // config.toml; fsnotify watches a folder, not a file that editors replace
	for _, dir := range watched {
		w.addTree(filepath.Join(root, dir))
	}
	go w.loop()
	return w, nil
}

// addTree watches dir and every folder below it: fsnotify is not recursive.
func (w *watcher) addTree(dir string) {
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			_ = w.fs.Add(p)
		}
		return nil
	})
}

// loop batches events: each event restarts the quiet timer, and the batch
// is sent when the timer fires.
func (w *watcher) loop() {
	defer close(w.batches)
	var pending []string
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			if !w.relevant(ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					w.addTree(ev.Name) // a folder created after start, with what is already in it
				}
			}
			rel, _ := filepath.Rel(w.root, ev.Name)
			if !slices.Contains(pending, filepath.ToSlash(rel)) {
				pending = append(pending, filepath.ToSlash(rel))
			}
			timer.Reset(quiet)
		case <-w.fs.Errors:
			// An overflow loses events; rebuilding everything recovers.
			pending = append(pending, "(watch overflow)")
			timer.Reset(quiet)
		case <-timer.C:
			batch := pending
			pending = nil
			select {
			case w.batches <- batch:
			case <-w.done:
				return
			}
		}
	}
}

// relevant drops editor droppings (swap, backup and temporary files) and
// files of the root other than the config.
func (w *watcher) relevant(name string) bool {
	base := filepath.Base(name)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") || strings.HasSuffix(base, ".swp") || strings.HasPrefix(base, "#") {
		return false
	}
	rel, err := filepath.Rel(w.root, name)
	if err != nil {
		return false
	}
	top := strings.Split(filepath.ToSlash(rel), "/")[0]
	return slices.Contains(watched, top) || strings.HasSuffix(rel, ".toml") && !strings.Contains(rel, string(filepath.Separator))
}

func (w *watcher) close() {
	close(w.done)
	w.fs.Close()
}
