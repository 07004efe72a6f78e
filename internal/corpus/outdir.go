package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// CheckOut refuses output folders that would mix generated files with real
// ones: a repository root (a folder with go.mod or .git), anything inside
// a site's content/ folder, a file, and, unless force is set, a folder
// that is not empty.
func CheckOut(dir string, force bool) error {
	if dir == "" {
		return errors.New("no output folder; pass -out DIR")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	real := resolveExisting(abs)
	for _, marker := range []string{"go.mod", ".git"} {
		if exists(filepath.Join(real, marker)) {
			return fmt.Errorf("%s is a repository root (it has %s); pass a new folder such as /dev/shm/corpus", dir, marker)
		}
	}
	for p := real; ; p = filepath.Dir(p) {
		if filepath.Base(p) == "content" && exists(filepath.Join(filepath.Dir(p), "config.toml")) {
			return fmt.Errorf("%s is inside the content folder of the site in %s; pass a folder outside it", dir, filepath.Dir(p))
		}
		if filepath.Dir(p) == p {
			break
		}
	}
	info, err := os.Stat(real)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("%s is a file, not a folder", dir)
	}
	entries, err := os.ReadDir(real)
	if err != nil {
		return err
	}
	if len(entries) > 0 && !force {
		return fmt.Errorf("%s is not empty; remove it, or pass -force to write into it (files of the same name are overwritten, others stay)", dir)
	}
	return nil
}

// resolveExisting resolves the symbolic links of the longest existing
// prefix of path, so a link cannot hide a repository root or a content
// folder.
func resolveExisting(path string) string {
	var rest []string
	for p := path; ; p = filepath.Dir(p) {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(append([]string{real}, rest...)...)
		}
		if filepath.Dir(p) == p {
			return path
		}
		rest = append([]string{filepath.Base(p)}, rest...)
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
