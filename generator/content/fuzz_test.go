package content

import (
	"io/fs"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// FuzzSplit checks that splitting never panics and that a successful split
// gives a body line consistent with the input.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"+++\ntitle = \"x\"\n+++\nBody\n", "---\n", "+++\n", "+++\n+++", "\ufeff+++\r\n+++\r\n", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		src = Normalize(src)
		front, body, line, p := Split(src, "f.md")
		if p != nil {
			return
		}
		if line < 3 || len(front)+len(body) > len(src) {
			t.Fatalf("Split(%q) = %q, %q, %d", src, front, body, line)
		}
	})
}

// FuzzParseRef checks that a parsed reference prints back to a form that
// parses to the same reference.
func FuzzParseRef(f *testing.F) {
	for _, s := range []string{"mechelen-2017", "mechelen-2017#p11", "events/x#p1-a", "../x", "a#", "#p1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRef(s)
		if err != nil {
			return
		}
		again, err := ParseRef(r.String())
		if err != nil || again != r {
			t.Fatalf("ParseRef(%q) = %v, but ParseRef(%q) = %v, %v", s, r, r.String(), again, err)
		}
	})
}

// FuzzDecodeMeta checks that no front matter makes decoding panic.
func FuzzDecodeMeta(f *testing.F) {
	for _, s := range []string{"title = \"x\"\noriginal = true\n", "date = 2017-02-30\n", "[[milestones]]\ndate = \"2016-06\"\n", "tags = [1, 2]\n", "end = 2017-01-01\ndate = 2018-01-01\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, section := range Sections {
			decodeMeta([]byte(s), "f.md", section, 1)
		}
	})
}

// FuzzValidSlug checks that whatever ValidSlug accepts is safe as one path
// element of the output and of a URL: it cannot climb out of a folder,
// needs no escaping, and names the same folder on a case-insensitive disk.
func FuzzValidSlug(f *testing.F) {
	for _, s := range []string{"mechelen-2017", "..", "a/b", "Mechelen-2017", "déclaration", "a--b", "-a", "a b", "a\x00b", "ａ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !ValidSlug(s) {
			return
		}
		switch {
		case !fs.ValidPath(s) || strings.ContainsAny(s, `/\.`) || s == "":
			t.Fatalf("ValidSlug(%q) accepted a path that is not one plain element", s)
		case url.PathEscape(s) != s:
			t.Fatalf("ValidSlug(%q) accepted a slug that needs escaping in a URL", s)
		case strings.ToLower(s) != s:
			t.Fatalf("ValidSlug(%q) accepted capitals", s)
		}
	})
}

// FuzzRefSyntax holds the hand-written matchers of slugs, anchors and
// reference-like links to the regular expressions they replace.
func FuzzRefSyntax(f *testing.F) {
	for _, s := range []string{"mechelen-2017", "events/x#p1-a", "a--b", "-a", "a-", "x#", "/x", "a/b/c", "report.pdf", "A"} {
		f.Add(s)
	}
	words := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	refLike := regexp.MustCompile(`^([a-z]+/)?[a-z0-9-]+(#[a-z0-9-]*)?$`)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isWords(s), words.MatchString(s); got != want {
			t.Fatalf("isWords(%q) = %v; the pattern says %v", s, got, want)
		}
		if got, want := IsRef(s), refLike.MatchString(s); got != want {
			t.Fatalf("IsRef(%q) = %v; the pattern says %v", s, got, want)
		}
	})
}
