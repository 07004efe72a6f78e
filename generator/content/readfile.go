package content

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// readLimited reads a language file, refusing one larger than MaxFileSize
// before reading it all. When it cannot, it says what went wrong and what
// to do.
func readLimited(fsys fs.FS, name string) (data []byte, msg, hint string) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, "cannot open: " + unwrapPathError(err), readHint(err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxFileSize {
		return nil, fmt.Sprintf("file is too large: %d MB, the limit is %d MB", st.Size()>>20, MaxFileSize>>20), tooLargeHint
	}
	data, err = io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, "cannot read: " + unwrapPathError(err), readHint(err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Sprintf("file is too large: the limit is %d MB", MaxFileSize>>20), tooLargeHint
	}
	return data, "", ""
}

const tooLargeHint = "a language file holds one document's text: keep a PDF or an image beside it as an attachment, and remove anything pasted by mistake"

func readHint(err error) string {
	if errors.Is(err, fs.ErrPermission) {
		return "give yourself read permission on the file (chmod a+r), or remove it"
	}
	return "check that the file exists and is readable"
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
