package content

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// readLimited reads a language file, refusing one larger than MaxFileSize
// before reading it all.
func readLimited(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, errors.New("cannot open: " + unwrapPathError(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxFileSize {
		return nil, fmt.Errorf("file is too large (%d MB, the limit is %d MB)", st.Size()>>20, MaxFileSize>>20)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, errors.New("cannot read: " + unwrapPathError(err))
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file is too large (the limit is %d MB)", MaxFileSize>>20)
	}
	return data, nil
}

// unwrapPathError drops the path from an *fs.PathError: diagnostics already
// name the file.
func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
