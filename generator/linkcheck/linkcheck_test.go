package linkcheck

import (
	"slices"
	"testing"
	"testing/fstest"
)

// pageOf builds a small HTML file: ids become empty elements, hrefs links,
// one per line after the first.
func pageOf(ids []string, hrefs ...string) *fstest.MapFile {
	s := "<!DOCTYPE html><title>t</title>"
	for _, id := range ids {
		s += `<p id="` + id + `"></p>`
	}
	for _, h := range hrefs {
		s += "\n<a href=\"" + h + "\">x</a>"
	}
	return &fstest.MapFile{Data: []byte(s)}
}

// ids is a shorthand for the ids of a page.
func ids(s ...string) []string { return s }

func TestCheck(t *testing.T) {
	// The pages every case links to.
	target := fstest.MapFS{
		"en/y/index.html": pageOf(ids("p11", "p11-a", "café")),
		"style.css":       {Data: []byte("body{}")},
		"fr/feed.xml":     {Data: []byte("<feed/>")},
		"404.html":        pageOf(nil),
	}
	tests := []struct {
		name  string
		base  string
		hrefs []string // links of en/x/index.html
		want  []string // Broken.String() of each broken link
		links int      // internal links checked
	}{
		{"resolves", "https://a.org/", []string{"/en/y/", "/en/y/index.html", "/en/y", "/en/y/#p11", "../y/#p11-a", "/style.css", "/fr/feed.xml", "/en/y/#caf%C3%A9", "/"}, nil, 9},
		{"external links are not checked", "https://a.org/", []string{"https://b.org/x", "mailto:a@b.org", "//c.org/", "http://a.org/missing"}, nil, 0},
		{"absolute URL under the base", "https://a.org/", []string{"https://a.org/en/y/#p11", "https://a.org/en/z/"}, []string{"en/x/index.html:3: broken link to https://a.org/en/z/ (no such file in the output)"}, 2},
		{"missing page", "https://a.org/", []string{"/en/z/"}, []string{"en/x/index.html:2: broken link to /en/z/ (no such file in the output)"}, 1},
		{"missing fragment", "https://a.org/", []string{"/en/y/#p99"}, []string{`en/x/index.html:2: broken link to /en/y/#p99 (no element with id "p99")`}, 1},
		{"fragment on the same page", "https://a.org/", []string{"#self", "#nothing"}, []string{`en/x/index.html:3: broken link to #nothing (no element with id "nothing")`}, 2},
		{"fragment in a file that is not a page", "https://a.org/", []string{"/style.css#x"}, []string{"en/x/index.html:2: broken link to /style.css#x (#x in a file that is not an HTML page)"}, 1},
		{"relative link", "https://a.org/", []string{"y/", "../../en/y/"}, []string{"en/x/index.html:2: broken link to y/ (no such file in the output)"}, 2},
		{"outside the base path", "https://a.org/archive/", []string{"/en/y/", "/archive/en/y/#p11", "/archive"}, []string{"en/x/index.html:2: broken link to /en/y/ (outside the base path /archive/)"}, 3},
		{"invalid URL", "https://a.org/", []string{"/en/%zz/"}, []string{"en/x/index.html:2: broken link to /en/%zz/ (not a valid URL)"}, 1},
		{"empty fragment is the top of the page", "https://a.org/", []string{"/en/y/#", "#"}, nil, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"en/x/index.html": pageOf(ids("self"), tt.hrefs...), "index.html": pageOf(nil)}
			for k, v := range target {
				fsys[k] = v
			}
			res, err := Check(fsys, tt.base)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range res.Broken {
				got = append(got, b.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("broken =\n%q\nwant\n%q", got, tt.want)
			}
			if res.Links != tt.links {
				t.Errorf("%d internal links checked; want %d", res.Links, tt.links)
			}
			if res.Pages != 4 {
				t.Errorf("%d pages read; want 4", res.Pages)
			}
		})
	}
}

// TestCheckSources: src attributes and link elements count, and a link
// names the line its element starts on.
func TestCheckSources(t *testing.T) {
	fsys := fstest.MapFS{
		"index.html": {Data: []byte("<!DOCTYPE html>\n<link rel=stylesheet href=/missing.css>\n<p>\n<img\n alt=''\n src=/a.png>\n<script src=\"/app.js\"></script>")},
		"app.js":     {Data: []byte("")},
	}
	res, err := Check(fsys, "https://a.org/")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"index.html:2: broken link to /missing.css (no such file in the output)",
		"index.html:4: broken link to /a.png (no such file in the output)",
	}
	var got []string
	for _, b := range res.Broken {
		got = append(got, b.String())
	}
	if !slices.Equal(got, want) || res.Links != 3 {
		t.Errorf("broken = %q (%d links); want %q (3 links)", got, res.Links, want)
	}
}

func TestCheckBadBase(t *testing.T) {
	for _, base := range []string{"", "/archive/", "a.org"} {
		if _, err := Check(fstest.MapFS{}, base); err == nil {
			t.Errorf("Check(base %q) gave no error", base)
		}
	}
}
