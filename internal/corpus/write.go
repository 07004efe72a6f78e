package corpus

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
)

// File is one file of a generated site; Path is slash-separated and
// relative to the output folder.
type File struct {
	Path string
	Data []byte
}

// Format turns the archive into the files of one kind of site.
type Format interface {
	// SiteFiles returns the files outside content/: configuration, theme.
	SiteFiles(a *Archive) ([]File, error)
	// DocFiles returns the files of one document.
	DocFiles(d *Doc) ([]File, error)
}

// Stats says what Write wrote.
type Stats struct {
	Counts
	Files int
	Bytes int64
}

// Write writes the archive into dir in format f. Documents are made and
// written in parallel, one at a time per worker, so memory stays small
// whatever the archive's size; the files do not depend on the order the
// workers run in.
func Write(dir string, a *Archive, f Format) (Stats, error) {
	st := Stats{Counts: a.Counts()}
	site, err := f.SiteFiles(a)
	if err != nil {
		return st, err
	}
	var w writer
	w.dir = dir
	if err := w.put(site); err != nil {
		return st, err
	}
	total := a.Counts().Total()
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), total) {
		wg.Go(func() {
			for w.err.Load() == nil {
				j := int(next.Add(1) - 1)
				if j >= total {
					return
				}
				files, err := f.DocFiles(a.Doc(j))
				if err == nil {
					err = w.put(files)
				}
				if err != nil {
					w.err.CompareAndSwap(nil, &err)
				}
			}
		})
	}
	wg.Wait()
	st.Files, st.Bytes = int(w.files.Load()), w.bytes.Load()
	if p := w.err.Load(); p != nil {
		return st, *p
	}
	return st, nil
}

// writer writes files under dir from several goroutines.
type writer struct {
	dir   string
	files atomic.Int64
	bytes atomic.Int64
	err   atomic.Pointer[error] // the first error; the workers stop on it
}

func (w *writer) put(files []File) error {
	for _, f := range files {
		name := filepath.Join(w.dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(name, f.Data, 0o644); err != nil {
			return err
		}
		w.files.Add(1)
		w.bytes.Add(int64(len(f.Data)))
	}
	return nil
}
