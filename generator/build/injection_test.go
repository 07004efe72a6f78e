package build

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/markdown"
)

// TestInjection builds a site whose every field carries markup and script,
// then parses every output file, as a browser or a feed reader would, and
// fails on anything of theirs that would run: a script element, an event
// handler attribute, a javascript:, data: or vbscript: URL, a frame. The
// payloads must still be there as text, or the test would pass on a site
// that lost them.
func TestInjection(t *testing.T) {
	src := writeSite(t, "injection.txt")
	out := filepath.Join(t.TempDir(), "public")
	sum, problems := Build(context.Background(), Options{Source: src, Out: out})
	if problems.HasErrors() {
		t.Fatalf("build problems:\n%v", problems)
	}
	if warnings := len(problems); warnings == 0 {
		t.Error("raw HTML in the bodies gave no warning")
	}
	t.Logf("%d pages, %d warnings", sum.Pages["en"]+sum.Pages["fr"]+sum.Pages[""], len(problems))

	shownAsText := map[string]bool{}
	for name, data := range readTree(t, out) {
		switch {
		case strings.HasSuffix(name, ".html"):
			checkHTML(t, name, data, shownAsText)
		case strings.HasSuffix(name, ".xml"):
			checkXML(t, name, data)
		case strings.Contains(name, "/cite."):
			checkCiteFile(t, name, data)
		case strings.Contains(name, "/search/index/") && !json.Valid(data):
			t.Errorf("%s: not valid JSON: %q", name, clip(string(data))) // search.js reads it with JSON.parse
		}
	}
	for _, payload := range []string{"alert('title')", "alert('raw')", "alert('fn')", "alert('milestone')", "alert('signatory')", "alert('heading')", "alert('event-body')", "alert('note')"} {
		if !shownAsText[payload] {
			t.Errorf("payload %s is not shown as text on any page: the test would not see it escaped", payload)
		}
	}
}

// checkHTML parses a page and reports live markup that is not the theme's.
func checkHTML(t *testing.T, name string, data []byte, shownAsText map[string]bool) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	for n := range doc.Descendants() {
		switch n.Type {
		case html.TextNode:
			if isJSONLD(n.Parent) {
				checkJSONLD(t, name, n.Data)
				continue // data for machines, not text shown to readers
			}
			if p := n.Parent; p != nil && p.Type == html.ElementNode && (p.Data == "script" || p.Data == "style") {
				t.Errorf("%s: <%s> element with %q", name, p.Data, clip(n.Data))
			}
			for _, payload := range strings.Split(n.Data, "alert(")[1:] {
				if i := strings.Index(payload, ")"); i > 0 {
					shownAsText["alert("+payload[:i+1]] = true
				}
			}
		case html.ElementNode:
			checkElement(t, name, n)
		}
	}
}

// dangerousElements run or embed code, or change where links point.
var dangerousElements = map[string]bool{
	"script": true, "style": true, "iframe": true, "frame": true, "object": true, "embed": true,
	"base": true, "form": true, "svg": true, "math": true, "applet": true,
}

// isJSONLD reports whether n is the theme's schema.org metadata: a script
// element of type application/ld+json with no src, which browsers never
// run. checkJSONLD checks that its text is JSON, all of it.
func isJSONLD(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode || n.Data != "script" {
		return false
	}
	typ, src := "", false
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "type":
			typ = a.Val
		case "src":
			src = true
		}
	}
	return typ == "application/ld+json" && !src
}

// checkJSONLD fails on a JSON-LD block that is not one JSON object: a
// payload that broke out of its string would leave it invalid or make it
// two values.
func checkJSONLD(t *testing.T, name, text string) {
	t.Helper()
	var v map[string]any
	dec := json.NewDecoder(strings.NewReader(text))
	if err := dec.Decode(&v); err != nil {
		t.Errorf("%s: JSON-LD does not parse: %v in %q", name, err, clip(text))
		return
	}
	if dec.More() {
		t.Errorf("%s: JSON-LD holds more than one value: %q", name, clip(text))
	}
	if v["@context"] != "https://schema.org" || v["@type"] == nil {
		t.Errorf("%s: JSON-LD without a schema.org @context and @type: %q", name, clip(text))
	}
}

// themeScripts are the theme's own scripts, the only ones a page may load:
// external files of the site's origin, from themes/default/static.
var themeScripts = map[string]bool{"/reading.js": true, "/search.js": true}

// isThemeScript reports whether n is an empty script element whose src is
// one of themeScripts.
func isThemeScript(n *html.Node) bool {
	if n.Data != "script" || n.FirstChild != nil {
		return false
	}
	for _, a := range n.Attr {
		if strings.ToLower(a.Key) == "src" {
			return themeScripts[a.Val]
		}
	}
	return false
}

// isSearchForm reports whether n is the search page's form, which submits
// to the search page itself (search.js handles it there).
func isSearchForm(n *html.Node) bool {
	if n.Data != "form" {
		return false
	}
	var class, action string
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "class":
			class = a.Val
		case "action":
			action = a.Val
		}
	}
	return class == "search-form" && strings.HasPrefix(action, "/") && strings.HasSuffix(action, "/search/")
}

// urlAttributes hold URLs a browser follows or loads.
var urlAttributes = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "poster": true,
	"data": true, "background": true, "xlink:href": true, "srcset": true, "cite": true,
}

func checkElement(t *testing.T, name string, n *html.Node) {
	t.Helper()
	if dangerousElements[n.Data] && !isJSONLD(n) && !isThemeScript(n) && !isSearchForm(n) {
		t.Errorf("%s: <%s> element in the output", name, n.Data)
	}
	for _, a := range n.Attr {
		key := strings.ToLower(a.Key)
		switch {
		case strings.HasPrefix(key, "on"):
			t.Errorf("%s: <%s %s=%q>: an event handler", name, n.Data, a.Key, clip(a.Val))
		case urlAttributes[key] && badScheme(a.Val):
			t.Errorf("%s: <%s %s=%q>: a URL that runs code", name, n.Data, a.Key, clip(a.Val))
		case key == "http-equiv" && strings.EqualFold(a.Val, "refresh"):
			t.Errorf("%s: a meta refresh", name)
		case key == "style" && (strings.Contains(strings.ToLower(a.Val), "url(") || strings.Contains(strings.ToLower(a.Val), "expression(")):
			t.Errorf("%s: <%s style=%q>", name, n.Data, clip(a.Val))
		}
	}
}

// badScheme reports a URL whose scheme runs code, the way a browser reads
// it: ignoring case, and the whitespace and control characters it strips.
func badScheme(u string) bool {
	u = strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, strings.ToLower(u))
	return strings.HasPrefix(u, "javascript:") || strings.HasPrefix(u, "vbscript:") || strings.HasPrefix(u, "data:")
}

// checkXML parses a feed or the sitemap: it must be well formed (an
// unescaped "<" or "]]>" would break it), and its text may carry markup
// only as escaped text, which feed readers show as text.
func checkXML(t *testing.T, name string, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Errorf("%s: not well formed: %v", name, err)
			return
		}
		if el, ok := tok.(xml.StartElement); ok {
			for _, a := range el.Attr {
				if a.Name.Local == "type" && (a.Value == "html" || a.Value == "xhtml") {
					t.Errorf("%s: <%s type=%q>: a feed reader would render its markup", name, el.Name.Local, a.Value)
				}
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") || a.Name.Local == "href" && badScheme(a.Value) {
					t.Errorf("%s: <%s %s=%q>", name, el.Name.Local, a.Name.Local, clip(a.Value))
				}
			}
			if el.Name.Local == "script" {
				t.Errorf("%s: a script element", name)
			}
		}
	}
}

// checkCiteFile checks that a citation download is still one record of
// its format with the payloads inside (the strict parsers of each format
// are in package render's tests): a CSL-JSON array of one item; RIS lines
// that all read "XX  - value" and end in CR LF, one TY first and one ER
// last; a BibTeX entry whose braces balance and close only at its end.
func checkCiteFile(t *testing.T, name string, data []byte) {
	t.Helper()
	switch path.Ext(name) {
	case ".json":
		var items []map[string]any
		if err := json.Unmarshal(data, &items); err != nil || len(items) != 1 {
			t.Errorf("%s: not a CSL-JSON array of one item (%v)", name, err)
		}
	case ".ris":
		lines := strings.SplitAfter(string(data), "\r\n")
		if last := lines[len(lines)-1]; last != "" {
			t.Errorf("%s: ends without CR LF: %q", name, clip(last))
		}
		lines = lines[:len(lines)-1]
		for i, l := range lines {
			tag, _, ok := strings.Cut(l, "  - ")
			if !ok || len(tag) != 2 || strings.ContainsAny(strings.TrimSuffix(l, "\r\n"), "\r\n") ||
				(tag == "TY") != (i == 0) || (tag == "ER") != (i == len(lines)-1) {
				t.Errorf("%s: line %d is not a RIS field in its place: %q", name, i+1, clip(l))
			}
		}
	case ".bib":
		depth, entries := 0, 0
		for i, c := range string(data) {
			switch c {
			case '@':
				if depth == 0 {
					entries++
				}
			case '{':
				depth++
			case '}':
				depth--
				if depth == 0 && strings.TrimSpace(string(data[i+1:])) != "" {
					t.Errorf("%s: the entry closes before its end: %q", name, clip(string(data[i:])))
					return
				}
			}
		}
		if depth != 0 || entries != 1 {
			t.Errorf("%s: unbalanced braces or more than one entry", name)
		}
	}
}

// TestUnsafeURLsRefused checks the URLs a build refuses rather than
// publishes: in Markdown links, images and autolinks, and in front matter
// addresses. Each is an error naming its line, and what the converter
// makes of the text holds no live link either.
func TestUnsafeURLsRefused(t *testing.T) {
	links := []string{
		"[a](javascript:alert(1))",
		"[a](JaVaScRiPt:alert(1))",
		"[a](java&#x09;script:alert(1))",
		"[a](%20javascript:alert(1))",
		"[a]( javascript:alert(1))",
		"![a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
		"[a](vbscript:msgbox(1))",
		"<javascript:alert(1)>",
		"[a][r]\n\n[r]: javascript:alert(1)",
		"[a](//evil.example/x)",
	}
	for _, link := range links {
		res := markdown.NewConverter("en").Convert([]byte(link+"\n"), markdown.Options{Lang: "en", File: "x.md"})
		if !res.Problems.HasErrors() {
			t.Errorf("%q: no error", link)
		}
		var page bytes.Buffer
		for _, b := range res.Blocks {
			page.WriteString(string(b.HTML))
		}
		checkHTML(t, link, page.Bytes(), map[string]bool{})
	}

	fronts := map[string]string{
		"reference":  "[[references]]\ntitle = \"x\"\nurl = \"javascript:alert(1)\"\n",
		"data":       "[[references]]\ntitle = \"x\"\nurl = \"data:text/html,<script>alert(1)</script>\"\n",
		"no scheme":  "[[references]]\ntitle = \"x\"\nurl = \"example.org\"\n",
		"milestones": "[[milestones]]\ndate = 2017-01-01\ntitle = \"x\"\nsource = \"javascript:alert(1)\"\n",
	}
	for name, extra := range fronts {
		section := "declarations"
		if strings.Contains(extra, "milestones") {
			section = "events"
		}
		file := content.File{Path: "content/" + section + "/x/en.md", Key: content.Key{Section: section, Slug: "x"}, Lang: "en",
			Data: []byte("+++\ntitle = \"x\"\noriginal = true\n" + extra + "+++\nBody.\n")}
		_, problems := content.NewParser("/", []string{"en"}).Parse(file)
		if !problems.HasErrors() || problems[0].Pos.Line < 4 || !strings.Contains(problems[0].Msg, "is not a web address") {
			t.Errorf("%s: problems %v; want an error on its line saying it is not a web address", name, problems)
		}
	}
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
