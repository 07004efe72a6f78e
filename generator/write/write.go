// Package write puts rendered pages and copied files into the output
// folder so that a reader of the folder never sees a half-written site.
//
// A build goes through a Stage: pages are written to a staging folder beside
// the output as they are rendered (so the site is never held in memory
// whole), files whose bytes did not change are not written at all, and only
// Commit moves staged files into place, one atomic rename per file, then
// removes the files that no longer belong to the site. Abort, or a crash
// before Commit, leaves the output exactly as it was; the next Stage clears
// the leftovers.
package write

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// Stage collects one build's output. Its methods are safe for concurrent use.
type Stage struct {
	out     string // the output folder
	staging string // sibling folder holding changed files until Commit

	mu      sync.Mutex
	keep    map[string]bool // every file of the new site, slash paths
	changed []string        // files staged, to move into out
	written int64
}

// stagingName is fixed, not random, so that a build killed mid-way leaves a
// folder the next build recognises and removes.
func stagingName(out string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".concord-staging")
}

// NewStage prepares a build into out, creating out if needed and removing a
// staging folder an interrupted build left behind.
func NewStage(out string) (*Stage, error) {
	out, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	s := &Stage{out: out, staging: stagingName(out), keep: map[string]bool{}}
	if err := os.RemoveAll(s.staging); err != nil {
		return nil, fmt.Errorf("removing the staging folder %s left by an earlier build: %w", s.staging, err)
	}
	if err := os.MkdirAll(s.staging, 0o755); err != nil {
		return nil, fmt.Errorf("creating the staging folder: %w", err)
	}
	return s, nil
}

// Put records that the site has file name (a slash path below out) with the
// given bytes, and stages it unless out already holds exactly these bytes.
func (s *Stage) Put(name string, data []byte) error {
	if err := s.claim(name); err != nil {
		return err
	}
	if same(filepath.Join(s.out, filepath.FromSlash(name)), data) {
		return nil
	}
	return s.stage(name, func(w io.Writer) error { _, err := w.Write(data); return err })
}

// claim checks that name stays inside the output folder and is produced once.
func (s *Stage) claim(name string) error {
	if !fs.ValidPath(name) || name == "." || strings.Contains(name, `\`) {
		return fmt.Errorf("refusing to write %q: not a path inside the output folder", name)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.keep[name] {
		return fmt.Errorf("two outputs want to write %s", name)
	}
	s.keep[name] = true
	return nil
}

func (s *Stage) stage(name string, fill func(io.Writer) error) error {
	dst := filepath.Join(s.staging, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	f, err := os.Create(dst)
	if err != nil {
		return err
	}
	err = fill(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	s.mu.Lock()
	s.changed = append(s.changed, name)
	s.mu.Unlock()
	return nil
}

// same reports whether file already holds data. It compares sizes first, so
// a changed page costs a stat, and an unchanged one a read, never a write.
func same(file string, data []byte) bool {
	st, err := os.Stat(file)
	if err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(data)) {
		return false
	}
	old, err := os.ReadFile(file)
	return err == nil && bytes.Equal(old, data)
}

// Result says what a Commit changed.
type Result struct {
	Written, Removed, Unchanged int
}

// Commit moves staged files into the output folder and removes files that
// are not part of the new site. Each file is replaced by one rename, so no
// reader ever sees a truncated file.
func (s *Stage) Commit() (Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	slices.Sort(s.changed)
	res := Result{Written: len(s.changed), Unchanged: len(s.keep) - len(s.changed)}
	if err := os.MkdirAll(s.out, 0o755); err != nil {
		return res, err
	}
	dirs := map[string]bool{}
	for _, name := range s.changed {
		dst := filepath.Join(s.out, filepath.FromSlash(name))
		if err := s.mkdirs(path.Dir(name), dirs); err != nil {
			return res, err
		}
		if st, err := os.Lstat(dst); err == nil && st.IsDir() {
			if err := os.RemoveAll(dst); err != nil {
				return res, err
			}
		}
		if err := os.Rename(filepath.Join(s.staging, filepath.FromSlash(name)), dst); err != nil {
			return res, err
		}
	}
	removed, err := s.prune()
	res.Removed = removed
	if err != nil {
		return res, err
	}
	return res, os.RemoveAll(s.staging)
}

// mkdirs creates the folder dir below out, replacing any symbolic link on
// the way by a real folder: a link planted in the output (public/en ->
// /etc) must not carry the site's files outside it. made caches the
// folders already checked.
func (s *Stage) mkdirs(dir string, made map[string]bool) error {
	if dir == "." || made[dir] {
		return nil
	}
	if err := s.mkdirs(path.Dir(dir), made); err != nil {
		return err
	}
	p := filepath.Join(s.out, filepath.FromSlash(dir))
	st, err := os.Lstat(p)
	switch {
	case err == nil && st.IsDir():
	case err == nil: // a file or a link where the site has a folder
		if err := os.Remove(p); err != nil {
			return err
		}
		fallthrough
	case errors.Is(err, fs.ErrNotExist):
		if err := os.Mkdir(p, 0o755); err != nil {
			return err
		}
	default:
		return err
	}
	made[dir] = true
	return nil
}

// prune removes files and then empty folders of out that the new site does
// not have. It walks out without following symbolic links, so nothing
// outside out is ever removed.
func (s *Stage) prune() (int, error) {
	var stale, dirs []string
	root := os.DirFS(s.out)
	err := fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." {
				dirs = append(dirs, p)
			}
			return nil
		}
		if !s.keep[p] {
			stale = append(stale, p)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, p := range stale {
		if err := os.Remove(filepath.Join(s.out, filepath.FromSlash(p))); err != nil {
			return 0, err
		}
	}
	kept := s.keptDirs()
	for i := len(dirs) - 1; i >= 0; i-- {
		if !kept[dirs[i]] {
			// Fails harmlessly when the folder is not empty.
			_ = os.Remove(filepath.Join(s.out, filepath.FromSlash(dirs[i])))
		}
	}
	return len(stale), nil
}

// keptDirs are the folders that hold a file of the new site.
func (s *Stage) keptDirs() map[string]bool {
	dirs := map[string]bool{}
	for name := range s.keep {
		for d := path.Dir(name); d != "." && !dirs[d]; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	return dirs
}

// Abort drops everything staged; the output folder is untouched.
func (s *Stage) Abort() error { return os.RemoveAll(s.staging) }

// CheckOut refuses output folders a build must never write into or prune:
// the filesystem root, the source folder, content/ or any folder that
// contains the source.
func CheckOut(out, source string) error {
	absOut, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	absSrc, err := filepath.Abs(source)
	if err != nil {
		return err
	}
	if real, err := filepath.EvalSymlinks(absOut); err == nil {
		absOut = real
	}
	if real, err := filepath.EvalSymlinks(absSrc); err == nil {
		absSrc = real
	}
	switch {
	case absOut == filepath.Dir(absOut):
		return errors.New("--out is the filesystem root")
	case absOut == absSrc || within(absSrc, absOut):
		return fmt.Errorf("--out %s contains the source folder; pick a folder of its own, such as public", out)
	case within(absOut, filepath.Join(absSrc, "content")) || within(absOut, filepath.Join(absSrc, "themes")) || within(absOut, filepath.Join(absSrc, "static")):
		return fmt.Errorf("--out %s is inside the source's content, themes or static folder; pick a folder of its own, such as public", out)
	}
	return nil
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && (rel == "." || (!strings.HasPrefix(rel, "..") && !filepath.IsAbs(rel)))
}
