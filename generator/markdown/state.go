package markdown

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/yuin/goldmark/parser"

	"github.com/concord-archive/concord/generator/diag"
)

// stateKey holds the *convertState of the current Convert call in goldmark's
// parser context. Our parsers and transformers are shared by every call, so
// the call's options and what it collects must travel with the context.
var stateKey = parser.NewContextKey()

// convertState is the per-call state of Convert. It is owned by the one
// goroutine running that call and needs no locking.
type convertState struct {
	opts     Options
	body     []byte // the body as parsed; node positions index into it
	src      []byte // what the renderer reads: body, or a copy extended by the typography pass
	problems diag.List
	links    []Link

	extended bool   // src is a private copy of body, extended by setText
	scratch  []byte // reused by the typography pass

	// Cursor of line: the line number of byte offset cursor.
	cursor, cursorLine int
}

func newState(body []byte, opts Options) *convertState {
	st := &convertState{opts: opts, cursorLine: 1}
	if !utf8.Valid(body) {
		// goldmark copes with invalid UTF-8, but our rune-wise passes and the
		// browser would not agree on what the bytes mean. Replacing bad bytes
		// keeps every newline, so line numbers stay true.
		bad := invalidUTF8Offset(body)
		line := opts.LineOffset + 1 + bytes.Count(body[:bad], newline)
		st.errorf(line, "save the file as UTF-8", "invalid UTF-8")
		body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	st.body, st.src = body, body
	return st
}

func invalidUTF8Offset(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return 0
}

func stateOf(pc parser.Context) *convertState {
	st, _ := pc.Get(stateKey).(*convertState)
	return st
}

// line returns the file line of byte offset pos in the body. Callers ask
// mostly in document order, so it counts newlines on from the previous
// answer instead of building an index; a query further back restarts from
// the top. Counting '\n' alone is right for LF and CRLF files alike.
func (st *convertState) line(pos int) int {
	pos = max(0, min(pos, len(st.body)))
	if pos < st.cursor {
		st.cursor, st.cursorLine = 0, 1
	}
	st.cursorLine += bytes.Count(st.body[st.cursor:pos], newline)
	st.cursor = pos
	return st.opts.LineOffset + st.cursorLine
}

var newline = []byte{'\n'}

func (st *convertState) pos(line int) diag.Pos {
	return diag.Pos{File: st.opts.File, Line: line}
}

func (st *convertState) errorf(line int, hint, format string, args ...any) {
	st.problems.Add(st.pos(line), fmt.Sprintf(format, args...), hint)
}

func (st *convertState) warnf(line int, hint, format string, args ...any) {
	st.problems.Warn(st.pos(line), fmt.Sprintf(format, args...), hint)
}
