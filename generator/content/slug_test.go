package content

import (
	"testing"
	"testing/fstest"
)

func TestSlugDiagnosis(t *testing.T) {
	tests := []struct{ name, fault, suggestion string }{
		{"alpha adopted", "it has a space", "alpha-adopted"},
		{"Mechelen-2017", "it has capital letters", "mechelen-2017"},
		{"düsseldorf-2019", "it has the non-ASCII character 'ü'", "dusseldorf-2019"},
		{"alpha..adopted", "it has a dot", "alpha-adopted"},
		{"alpha_adopted", "it has the character '_'", "alpha-adopted"},
		{"-alpha", "a hyphen must join two words", "alpha"},
		{"alpha--beta", "a hyphen must join two words", "alpha-beta"},
		{"Œuvre des Cœurs", "it has the non-ASCII character 'Œ'", "oeuvre-des-coeurs"},
		{"日本", "it has the non-ASCII character '日'", ""},
	}
	for _, tt := range tests {
		if got := slugFault(tt.name); got != tt.fault {
			t.Errorf("slugFault(%q) = %q; want %q", tt.name, got, tt.fault)
		}
		if got := suggestSlug(tt.name); got != tt.suggestion {
			t.Errorf("suggestSlug(%q) = %q; want %q", tt.name, got, tt.suggestion)
		}
	}
}

// TestReadCaseDuplicate checks that a folder whose name differs from its
// sibling's only in case is reported as a duplicate, whichever is valid.
func TestReadCaseDuplicate(t *testing.T) {
	fsys := fstest.MapFS{
		"content/declarations/mechelen-2017/en.md": {Data: []byte("+++\n+++\n")},
		"content/declarations/Mechelen-2017/en.md": {Data: []byte("+++\n+++\n")},
		"content/news/Alpha/en.md":                 {Data: []byte("+++\n+++\n")},
	}
	_, problems := Read(fsys, []string{"en"})
	problems.Sort()
	want := []string{
		`content/declarations/Mechelen-2017: folder "Mechelen-2017" duplicates "mechelen-2017": the names differ only in case; move its files into content/declarations/mechelen-2017/ and remove it; on macOS and Windows the two names are one folder`,
		`content/news/Alpha: invalid slug "Alpha": it has capital letters; rename the folder to "alpha"; a slug is lowercase letters a-z, digits and single hyphens, because it becomes the document's URL`,
	}
	if len(problems) != len(want) {
		t.Fatalf("problems:\n%v\nwant %d", problems, len(want))
	}
	for i := range want {
		if got := problems[i].Error(); got != want[i] {
			t.Errorf("problem %d = %q\nwant %q", i, got, want[i])
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   any
		want Date
	}{
		{"2016-06", Date{Year: 2016, Month: 6}},
		{"2016", Date{Year: 2016}},
		{"2016-13", Date{Bad: `"2016-13" has no month 13`}},
		{"17 November 2017", Date{Bad: `"17 November 2017" is not a date`}},
		{int64(2017), Date{Bad: "2017 is a number, not a date"}},
		{true, Date{Bad: "true is not a date"}},
	}
	for _, tt := range tests {
		if got := parseDate(tt.in); got != tt.want {
			t.Errorf("parseDate(%#v) = %+v; want %+v", tt.in, got, tt.want)
		}
	}
}
