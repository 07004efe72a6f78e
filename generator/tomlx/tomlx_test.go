package tomlx

import (
	"testing"

	"github.com/BurntSushi/toml"
)

func TestSuggest(t *testing.T) {
	valid := []string{"title", "summary", "date", "tags", "translation", "original"}
	for name, want := range map[string]string{
		"titel": "title", "tilte": "title", "sumary": "summary", "dat": "date",
		"tag": "tags", "translaton": "translation", "Title": "title", "xyz": "", "signatures": "",
	} {
		if got := Suggest(name, valid); got != want {
			t.Errorf("Suggest(%q) = %q; want %q", name, got, want)
		}
	}
}

func TestKeyLines(t *testing.T) {
	src := []byte("title = \"x\"\n\n[[milestones]]\ndate = 2017-01-01\n[[milestones]]\n  date = 2018-01-01\n\"quoted\" = 1\n")
	tests := []struct {
		key  toml.Key
		want []int
	}{
		{toml.Key{"title"}, []int{1}},
		{toml.Key{"milestones", "date"}, []int{4, 6}},
		{toml.Key{"milestones"}, []int{3, 5}},
		{toml.Key{"milestones", "quoted"}, []int{7}},
		{toml.Key{"date"}, nil},
	}
	for _, tt := range tests {
		got := KeyLines(src, tt.key)
		if len(got) != len(tt.want) {
			t.Errorf("KeyLines(%v) = %v; want %v", tt.key, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("KeyLines(%v) = %v; want %v", tt.key, got, tt.want)
			}
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	type meta struct {
		Title string   `toml:"title"`
		Tags  []string `toml:"tags"`
		Date  any      `toml:"date"`
	}
	known := map[string][]string{"": {"title", "tags"}}
	tests := []struct{ src, want string }{
		{"title = \"a\"\ntitel = \"b\"\n", `f.md:4: unknown field "titel"; did you mean "title"?`},
		{"title = [1]\n", `f.md:3: wrong type: key "title"`},
		{"tags = \"x\"\n", `f.md:3: wrong type: key "tags"`},
		{"title = \"unclosed\n", `f.md:3:18: invalid TOML: key "title": the text is not closed on its line; close it with "`},
		{"title = Mechelen\n", `f.md:3:9: invalid TOML: key "title": expected value but found "Mechelen" instead; write text in double quotes`},
		{"date = 2017-02-30\n", `f.md:3:8: invalid TOML: key "date": 2017-02-30 is not a date; write year-month-day`},
		{"title: \"x\"\n", `f.md:3:6: invalid TOML: expected '.' or '=', but got ':' instead; TOML writes key = value, not key: value`},
		{"tags = \"x\"\n", `f.md:3: wrong type: key "tags": expected a list, found text; write a list in brackets, like ["…", "…"]`},
		{"tags = [1]\n", `f.md:3: wrong type: key "tags": expected text, found a number; write text in double quotes`},
	}
	for _, tt := range tests {
		var m meta
		_, problems := Decode([]byte(tt.src), &m, "f.md", 2, known)
		if len(problems) == 0 {
			t.Errorf("Decode(%q) = no problems; want %q", tt.src, tt.want)
			continue
		}
		if got := problems[0].Error(); len(got) < len(tt.want) || got[:len(tt.want)] != tt.want {
			t.Errorf("Decode(%q) = %q; want prefix %q", tt.src, got, tt.want)
		}
	}
}
