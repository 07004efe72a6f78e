package content

import (
	"bytes"
	"unicode/utf8"

	"github.com/concord-archive/concord/generator/diag"
)

var (
	bom       = []byte("\ufeff")
	delimiter = []byte("+++")
)

// Normalize strips a UTF-8 byte order mark and turns CRLF (and lone CR) line
// endings into LF, so that editors on any system produce the same pages and
// line numbers count the same way.
func Normalize(src []byte) []byte {
	src = bytes.TrimPrefix(src, bom)
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
}

// Split separates TOML front matter between two "+++" lines from the
// Markdown body. src must be normalized. bodyLine is the file line on which
// the body starts, so body line numbers can be turned into file lines. The
// front matter's first line is file line 2.
func Split(src []byte, file string) (front, body []byte, bodyLine int, p *diag.Problem) {
	fail := func(line int, msg, hint string) ([]byte, []byte, int, *diag.Problem) {
		return nil, nil, 0, &diag.Problem{Pos: diag.Pos{File: file, Line: line}, Msg: msg, Hint: hint}
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return fail(0, "file is empty", `start it with front matter: +++, title = "…", +++`)
	}
	first, rest, _ := bytes.Cut(src, []byte("\n"))
	first = bytes.TrimRight(first, " \t")
	switch {
	case bytes.Equal(first, []byte("---")):
		return fail(1, "front matter is YAML (---); Concord reads TOML", `replace the --- lines with +++ and write key = "value"`)
	case !bytes.Equal(first, delimiter):
		return fail(1, "file does not start with front matter", `add a first line +++, then title = "…", then a line +++`)
	}
	line := 2
	for start := 0; start <= len(rest); line++ {
		end := bytes.IndexByte(rest[start:], '\n')
		next := len(rest) + 1
		if end >= 0 {
			end += start
			next = end + 1
		} else {
			end = len(rest)
		}
		if bytes.Equal(bytes.TrimRight(rest[start:end], " \t"), delimiter) {
			body := []byte{}
			if next <= len(rest) {
				body = rest[next:]
			}
			return rest[:start], body, line + 1, nil
		}
		start = next
	}
	return fail(1, "front matter is not closed", "add a line +++ after the last front matter field")
}

// invalidUTF8 returns the 1-based line and column of the first byte that is
// not valid UTF-8, or 0, 0.
func invalidUTF8(src []byte) (line, col int) {
	if utf8.Valid(src) {
		return 0, 0
	}
	line, col = 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return 0, 0
}
