package build

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The real archive's declarations and events carry schema.org JSON-LD,
// and its declarations the citation_* tags and the citation downloads.
// These tests read them as a search engine or a reference manager would.

var isoDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

func TestJSONLDOfTheArchive(t *testing.T) {
	pages := archivePages(t)
	for _, lang := range []string{"en", "fr"} {
		for _, slug := range declarations {
			path := lang + "/declarations/" + slug + "/index.html"
			t.Run(path, func(t *testing.T) {
				n := oneJSONLD(t, path, pages[path])
				checkCommon(t, path, n, "Legislation", lang, pages)
				need(t, path, n, "legislationDate", "datePublished", "legislationType", "publisher", "recordedAt", "locationCreated")
				for _, k := range []string{"legislationDate", "datePublished"} {
					if s, _ := n[k].(string); !isoDate.MatchString(s) {
						t.Errorf("%s: %s %q is not an ISO 8601 date", path, k, n[k])
					}
				}
				ev, _ := n["recordedAt"].(map[string]any)
				if ev["@type"] != "Event" || !strings.Contains(str(ev["url"]), "/events/"+slug+"/") {
					t.Errorf("%s: recordedAt %v; want the event %s", path, ev, slug)
				}
				// Each language version links the other: the original its
				// translations, a translation its original.
				other := map[string]string{"en": "fr", "fr": "en"}[lang]
				link := n["translationOfWork"]
				if link == nil {
					list, _ := n["workTranslation"].([]any)
					if len(list) == 1 {
						link = list[0]
					}
				}
				if l, _ := link.(map[string]any); l["inLanguage"] != other || !strings.HasSuffix(str(l["url"]), "/"+other+"/declarations/"+slug+"/") {
					t.Errorf("%s: translation link %v; want the %s version", path, link, other)
				}
			})
		}
		for _, slug := range declarations { // the events share the declarations' slugs
			path := lang + "/events/" + slug + "/index.html"
			t.Run(path, func(t *testing.T) {
				n := oneJSONLD(t, path, pages[path])
				checkCommon(t, path, n, "Event", lang, pages)
				need(t, path, n, "startDate", "endDate", "location", "organizer", "eventAttendanceMode", "eventStatus", "workFeatured")
				start, end := str(n["startDate"]), str(n["endDate"])
				if !isoDate.MatchString(start) || !isoDate.MatchString(end) || end < start {
					t.Errorf("%s: dates %q to %q", path, start, end)
				}
				if loc, _ := n["location"].(map[string]any); loc["@type"] != "Place" || str(loc["name"]) == "" {
					t.Errorf("%s: location %v; want a Place with a name", path, n["location"])
				}
				orgs, _ := n["organizer"].([]any)
				for _, o := range orgs {
					if o, _ := o.(map[string]any); o["@type"] != "Organization" || str(o["name"]) == "" {
						t.Errorf("%s: organizer %v", path, o)
					}
				}
				for _, k := range []string{"eventAttendanceMode", "eventStatus"} {
					if !strings.HasPrefix(str(n[k]), "https://schema.org/") {
						t.Errorf("%s: %s %q is not a schema.org enumeration member", path, k, n[k])
					}
				}
				works, _ := n["workFeatured"].([]any)
				if len(works) != 1 || !strings.Contains(str(works[0].(map[string]any)["url"]), "/declarations/"+slug+"/") {
					t.Errorf("%s: workFeatured %v; want the declaration adopted there", path, works)
				}
			})
		}
	}
}

// checkCommon checks what every node needs: schema.org context and type,
// a name, the page's language, and absolute URLs, those of the archive
// naming pages it has.
func checkCommon(t *testing.T, path string, n map[string]any, typ, lang string, pages map[string][]byte) {
	t.Helper()
	if n["@context"] != "https://schema.org" || n["@type"] != typ {
		t.Errorf("%s: @context %v @type %v; want https://schema.org and %s", path, n["@context"], n["@type"], typ)
	}
	need(t, path, n, "@id", "url", "name", "description", "inLanguage")
	if n["inLanguage"] != lang {
		t.Errorf("%s: inLanguage %v; want %s", path, n["inLanguage"], lang)
	}
	self := "https://archive.example.org/" + strings.TrimSuffix(path, "index.html")
	if n["@id"] != self || n["url"] != self {
		t.Errorf("%s: @id %v url %v; want %s", path, n["@id"], n["url"], self)
	}
	walkURLs(n, func(key, u string) {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
			t.Errorf("%s: %s %q is not an absolute URL", path, key, u)
			return
		}
		if p.Host == "archive.example.org" {
			file := strings.TrimPrefix(p.Path, "/")
			if file == "" || strings.HasSuffix(file, "/") {
				file += "index.html"
			}
			if _, ok := pages[file]; !ok {
				t.Errorf("%s: %s %q names no page of the archive", path, key, u)
			}
		}
	})
}

// walkURLs calls fn for every URL-valued property, at any depth.
func walkURLs(v any, fn func(key, u string)) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && (k == "url" || k == "@id" || k == "contentUrl") {
				fn(k, s)
			}
			walkURLs(x, fn)
		}
	case []any:
		for _, x := range v {
			walkURLs(x, fn)
		}
	}
}

func need(t *testing.T, path string, n map[string]any, keys ...string) {
	t.Helper()
	for _, k := range keys {
		if v, ok := n[k]; !ok || v == "" || v == nil {
			t.Errorf("%s: JSON-LD lacks %s", path, k)
		}
	}
}

func str(v any) string { s, _ := v.(string); return s }

// oneJSONLD parses the page and returns its only JSON-LD block, which must
// be in <head>.
func oneJSONLD(t *testing.T, path string, page []byte) map[string]any {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var blocks []map[string]any
	for n := range doc.Descendants() {
		if !isJSONLD(n) || n.FirstChild == nil {
			continue
		}
		if n.Parent == nil || n.Parent.Data != "head" {
			t.Errorf("%s: JSON-LD outside <head>", path)
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(n.FirstChild.Data), &v); err != nil {
			t.Fatalf("%s: JSON-LD does not parse: %v", path, err)
		}
		blocks = append(blocks, v)
	}
	if len(blocks) != 1 {
		t.Fatalf("%s: %d JSON-LD blocks; want 1", path, len(blocks))
	}
	return blocks[0]
}

// TestCitationOfTheArchive checks the head tags reference managers read,
// the Cite section and the downloads of the real declarations.
func TestCitationOfTheArchive(t *testing.T) {
	pages := archivePages(t)
	for _, lang := range []string{"en", "fr"} {
		for _, slug := range declarations {
			dir := lang + "/declarations/" + slug + "/"
			page := string(pages[dir+"index.html"])
			tags := metaTags(t, page)
			for _, k := range []string{"citation_title", "citation_author", "citation_publication_date", "citation_language",
				"citation_publisher", "citation_public_url", "og:title", "og:type", "og:url", "og:description", "og:locale", "og:locale:alternate", "og:site_name"} {
				if len(tags[k]) == 0 {
					t.Errorf("%s: no %s tag", dir, k)
				}
			}
			if d := tags["citation_publication_date"]; len(d) != 1 || !regexp.MustCompile(`^\d{4}/\d{2}/\d{2}$`).MatchString(d[0]) {
				t.Errorf("%s: citation_publication_date %q; want YYYY/MM/DD", dir, d)
			}
			if l := tags["citation_language"]; !slices.Equal(l, []string{lang}) {
				t.Errorf("%s: citation_language %q", dir, l)
			}
			if !strings.Contains(page, `<section class="cite" aria-labelledby="h-cite">`) {
				t.Errorf("%s: no Cite section", dir)
			}
			for _, f := range []string{"cite.bib", "cite.ris", "cite.json"} {
				if len(pages[dir+f]) == 0 {
					t.Errorf("%s%s: missing", dir, f)
				}
				if !strings.Contains(page, `href="/`+dir+f+`" download`) {
					t.Errorf("%s: no download link to %s", dir, f)
				}
			}
			// Every paragraph's Cite link has its citation on the page.
			links := regexp.MustCompile(`class="cite-link" href="#(cite-[^"]+)"`).FindAllStringSubmatch(page, -1)
			if len(links) < 20 {
				t.Errorf("%s: %d paragraph Cite links; want one per paragraph", dir, len(links))
			}
			for _, l := range links {
				if !strings.Contains(page, `id="`+l[1]+`"`) {
					t.Errorf("%s: Cite link to #%s, which is not on the page", dir, l[1])
				}
			}
		}
	}
	if p := string(pages["en/declarations/mechelen-2017/index.html"]); !strings.Contains(p, "<strong>Cite paragraph 11(a)</strong> Global Conference on Cities and Migration (2017). <cite>Mechelen Declaration on Cities and Migration</cite>, para.\u00a011(a). Adopted at Mechelen, 17 November 2017. Unofficial English translation. Cities and Migration Archive. <a href=\"https://archive.example.org/en/declarations/mechelen-2017/#p11-a\">") {
		t.Error("the citation of paragraph 11(a) of the Mechelen Declaration is not as expected")
	}
}

// metaTags collects <meta> contents by name or property.
func metaTags(t *testing.T, page string) map[string][]string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	tags := map[string][]string{}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "meta" {
			continue
		}
		var key, content string
		for _, a := range n.Attr {
			switch a.Key {
			case "name", "property":
				key = a.Val
			case "content":
				content = a.Val
			}
		}
		if key != "" {
			tags[key] = append(tags[key], content)
		}
	}
	return tags
}
