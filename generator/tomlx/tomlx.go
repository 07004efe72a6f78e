// Package tomlx decodes TOML into typed structs strictly, turning every
// problem an editor can make into a diag.Problem with the file's line: syntax
// errors, values of the wrong type and keys the struct does not know (with a
// "did you mean" suggestion).
//
// Config files and front matter both go through it, so both report errors the
// same way.
package tomlx

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/concord-archive/concord/generator/diag"
)

// Decode decodes src into v. file names the source in diagnostics and
// lineOffset is added to every line (front matter starts after a "+++" line).
// known lists the valid keys for suggestions, per table path ("" for the top
// level, "milestones" for [[milestones]]).
func Decode(src []byte, v any, file string, lineOffset int, known map[string][]string) (toml.MetaData, diag.List) {
	var problems diag.List
	md, err := toml.Decode(string(src), v)
	if err != nil {
		problems = append(problems, fromError(err, file, lineOffset, known))
		return md, problems
	}
	for _, key := range md.Undecoded() {
		problems = append(problems, unknownKey(src, key, file, lineOffset, known))
	}
	return md, problems
}

// lineInMsg finds the line BurntSushi/toml writes into type errors, which are
// plain errors rather than ParseError values.
var lineInMsg = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): `)

func fromError(err error, file string, lineOffset int, known map[string][]string) diag.Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg, hint := syntaxMessage(pe)
		if pe.LastKey != "" && !strings.Contains(msg, strconv.Quote(pe.LastKey)) {
			msg = "key " + strconv.Quote(pe.LastKey) + ": " + msg
		}
		return diag.Problem{
			Pos:  diag.Pos{File: file, Line: pe.Position.Line + lineOffset, Col: pe.Position.Col},
			Msg:  "invalid TOML: " + msg,
			Hint: hint,
		}
	}
	msg := strings.TrimPrefix(err.Error(), "toml: ")
	p := diag.Problem{Pos: diag.Pos{File: file}}
	key := ""
	if m := lineInMsg.FindStringSubmatch(err.Error()); m != nil {
		if m[1] != "" {
			line, _ := strconv.Atoi(m[1])
			p.Pos.Line = line + lineOffset
		}
		key = m[2]
		msg = strings.TrimPrefix(err.Error(), m[0])
	}
	p.Msg, p.Hint = typeMessage(key, msg, known)
	return p
}

func unknownKey(src []byte, key toml.Key, file string, lineOffset int, known map[string][]string) diag.Problem {
	table := strings.Join(key[:len(key)-1], ".")
	name := key[len(key)-1]
	line := KeyLine(src, key)
	p := diag.Problem{Pos: diag.Pos{File: file, Line: line}, Msg: "unknown field " + strconv.Quote(key.String())}
	if line > 0 {
		p.Pos.Line += lineOffset
	}
	valid := known[table]
	if s := Suggest(name, valid); s != "" {
		p.Hint = "did you mean " + strconv.Quote(s) + "?"
	} else if len(valid) > 0 {
		p.Hint = "valid fields here: " + strings.Join(valid, ", ")
	} else {
		p.Hint = "remove it"
	}
	return p
}
