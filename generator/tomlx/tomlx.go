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
		problems = append(problems, fromError(err, file, lineOffset))
		return md, problems
	}
	for _, key := range md.Undecoded() {
		problems = append(problems, unknownKey(src, key, file, lineOffset, known))
	}
	return md, problems
}

// lineInMsg finds the line BurntSushi/toml writes into type errors, which are
// plain errors rather than ParseError values.
var lineInMsg = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): `)

func fromError(err error, file string, lineOffset int) diag.Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if pe.LastKey != "" && !strings.Contains(msg, pe.LastKey) {
			msg = "key " + strconv.Quote(pe.LastKey) + ": " + msg
		}
		return diag.Problem{
			Pos:  diag.Pos{File: file, Line: pe.Position.Line + lineOffset, Col: pe.Position.Col},
			Msg:  "invalid TOML: " + msg,
			Hint: syntaxHint(pe),
		}
	}
	msg := err.Error()
	line := 0
	if m := lineInMsg.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = "key " + strconv.Quote(m[2]) + ": " + strings.TrimPrefix(msg, m[0])
	} else {
		msg = strings.TrimPrefix(msg, "toml: ")
	}
	p := diag.Problem{Pos: diag.Pos{File: file}, Msg: "wrong type: " + msg,
		Hint: "write the value with the type the field needs: \"text\" in quotes, dates as 2017-11-17 without quotes, lists in [ ]"}
	if line > 0 {
		p.Pos.Line = line + lineOffset
	}
	return p
}

func syntaxHint(pe toml.ParseError) string {
	if pe.Usage != "" {
		return strings.Join(strings.Fields(pe.Usage), " ")
	}
	return "check the TOML syntax: key = value, strings in double quotes, dates as 2017-11-17"
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
