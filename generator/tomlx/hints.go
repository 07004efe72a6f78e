package tomlx

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// syntaxHints map a piece of BurntSushi/toml's syntax error messages to
// what an editor should do about it, for the mistakes editors make most.
// A non-empty msg replaces the parser's own words.
var syntaxHints = []struct{ in, msg, hint string }{
	{"expected value but found", "", `write text in double quotes, like place = "Mechelen"`},
	{"strings cannot contain newlines", "the text is not closed on its line", `close it with " on the same line; for text on several lines, use """ … """`},
	{"unexpected EOF", "", "close the string, list or table that starts here"},
	{"array terminator", "", "separate the items of a list with commas and close it with ]"},
	{"has already been defined", "", "keep one of the two: a field is written once in each table"},
	{"but got ':'", "", "TOML writes key = value, not key: value"},
	{"to end with a newline", "", "write one key = value a line, and put text with spaces in double quotes"},
	{"table array name", "", "write a table of a list with double brackets on each side, like [[milestones]]"},
}

// invalidDate matches the message for a date TOML cannot read, such as
// 2017-02-30 or 2017-1-5.
var invalidDate = regexp.MustCompile(`^invalid datetime: "([^"]*)"$`)

// syntaxMessage words a syntax error for an editor: the parser's message,
// or a plainer one, and what to do.
func syntaxMessage(pe toml.ParseError) (msg, hint string) {
	if m := invalidDate.FindStringSubmatch(pe.Message); m != nil {
		return m[1] + " is not a date", "write year-month-day with two digits for the month and the day, like 2017-11-17, and check that the day exists in that month"
	}
	for _, h := range syntaxHints {
		if strings.Contains(pe.Message, h.in) {
			if h.msg != "" {
				return h.msg, h.hint
			}
			return pe.Message, h.hint
		}
	}
	if pe.Usage != "" {
		return pe.Message, strings.Join(strings.Fields(pe.Usage), " ")
	}
	return pe.Message, "check the TOML syntax: key = value, text in double quotes, dates as 2017-11-17"
}

// incompatible matches BurntSushi/toml's message for a value of the wrong type.
var incompatible = regexp.MustCompile(`^incompatible types: TOML value has type (\S+); destination has type (\S+)$`)

// typeWords name TOML value types and Go destination kinds in an editor's words.
var typeWords = map[string]string{
	"string": "text", "int64": "a number", "float64": "a number", "bool": "true or false",
	"time.Time": "a date", "toml.LocalDate": "a date", "toml.LocalDatetime": "a date and time", "toml.LocalTime": "a time",
	"[]any": "a list", "map[string]any": "a table", "[]map[string]any": "a list of tables",
	"slice": "a list", "boolean": "true or false", "integer": "a whole number", "float": "a number",
	"struct": "a table", "map": "a table",
}

// typeHints say how to write a value of each destination kind.
var typeHints = map[string]string{
	"string":  `write text in double quotes, like "…"`,
	"slice":   `write a list in brackets, like ["…", "…"]`,
	"boolean": "write true or false, without quotes",
	"integer": "write a whole number, without quotes",
	"float":   "write a number, without quotes",
	"struct":  "write a table",
	"map":     "write a table",
}

// typeMessage words a wrong-type error about key. known tells the lists of
// tables ([[milestones]]) from plain lists.
func typeMessage(key, msg string, known map[string][]string) (string, string) {
	prefix := "wrong type: "
	if key != "" {
		prefix += "key " + strconv.Quote(key) + ": "
	}
	m := incompatible.FindStringSubmatch(msg)
	if m == nil {
		return prefix + msg, "write the value with the type the field needs: text in double quotes, dates as 2017-11-17 without quotes, lists in [ ]"
	}
	hint := typeHints[m[2]]
	if _, table := known[key]; table && key != "" {
		hint = "write each entry as a [[" + key + "]] table"
	}
	return prefix + "expected " + words(m[2]) + ", found " + words(m[1]), hint
}

func words(t string) string {
	if w, ok := typeWords[t]; ok {
		return w
	}
	return t
}
