package content

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name, src        string
		front, body      string
		bodyLine         int
		wantErr, errLine string
	}{
		{name: "basic", src: "+++\ntitle = \"x\"\n+++\nBody\n", front: "title = \"x\"\n", body: "Body\n", bodyLine: 4},
		{name: "empty front", src: "+++\n+++\n", front: "", body: "", bodyLine: 3},
		{name: "no body newline", src: "+++\na = 1\n+++", front: "a = 1\n", body: "", bodyLine: 4},
		{name: "trailing spaces on delimiter", src: "+++  \na = 1\n+++ \nx", front: "a = 1\n", body: "x", bodyLine: 4},
		{name: "plus in body", src: "+++\na = 1\n+++\n+++\n", front: "a = 1\n", body: "+++\n", bodyLine: 4},
		{name: "yaml", src: "---\ntitle: x\n---\n", wantErr: "front matter is YAML"},
		{name: "unclosed", src: "+++\ntitle = \"x\"\nBody\n", wantErr: "front matter is not closed"},
		{name: "empty file", src: " \n\n", wantErr: "file is empty"},
		{name: "no front matter", src: "# Title\n", wantErr: "does not start with front matter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			front, body, line, p := Split([]byte(tt.src), "f.md")
			if tt.wantErr != "" {
				if p == nil || !strings.Contains(p.Msg, tt.wantErr) {
					t.Fatalf("Split(%q) problem = %v; want %q", tt.src, p, tt.wantErr)
				}
				return
			}
			if p != nil {
				t.Fatalf("Split(%q) problem %v", tt.src, p)
			}
			if string(front) != tt.front || string(body) != tt.body || line != tt.bodyLine {
				t.Errorf("Split(%q) = %q, %q, %d; want %q, %q, %d", tt.src, front, body, line, tt.front, tt.body, tt.bodyLine)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"\ufeff+++\r\na\r\n": "+++\na\n",
		"a\rb":               "a\nb",
		"plain\n":            "plain\n",
	} {
		if got := string(Normalize([]byte(in))); got != want {
			t.Errorf("Normalize(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestParseRef(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"mechelen-2017", "declarations/mechelen-2017", ""},
		{"mechelen-2017#p11", "declarations/mechelen-2017#p11", ""},
		{"mechelen-2017#p50-c-i", "declarations/mechelen-2017#p50-c-i", ""},
		{"events/dusseldorf-2019", "events/dusseldorf-2019", ""},
		{"blog/x", "", "unknown section"},
		{"Mechelen", "", "not a document slug"},
		{"a b", "", "not a document slug"},
		{"x#P11", "", "not a paragraph anchor"},
		{"../etc", "", "unknown section"},
		{"", "", "not a document slug"},
	}
	for _, tt := range tests {
		r, err := ParseRef(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseRef(%q) error = %v; want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || r.String() != tt.want {
			t.Errorf("ParseRef(%q) = %q, %v; want %q", tt.in, r, err, tt.want)
		}
	}
}

func TestValidSlug(t *testing.T) {
	for s, want := range map[string]bool{
		"mechelen-2017": true, "a": true, "2019": true,
		"": false, "Mechelen": false, "with space": false, "..": false, "a--b": false,
		"-a": false, "a-": false, "düsseldorf": false, "a/b": false, strings.Repeat("a", 101): false,
	} {
		if got := ValidSlug(s); got != want {
			t.Errorf("ValidSlug(%q) = %v; want %v", s, got, want)
		}
	}
}
