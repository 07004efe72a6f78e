package linkcheck

import (
	"bytes"

	"golang.org/x/net/html"
)

// page is what the check needs of an HTML file: the links it holds and the
// ids it defines.
type page struct {
	links []link
	ids   map[string]bool
}

type link struct {
	href string
	line int
}

// linkAttrs are the attributes that load or lead to a URL. srcset is
// left out: the archive's images have no variants.
var linkAttrs = map[string]bool{"href": true, "src": true}

// parse tokenizes an HTML page, counting lines as it goes so that a broken
// link names the line of its element.
func parse(data []byte) *page {
	p := &page{ids: map[string]bool{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	line := 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return p
		}
		start := line
		line += bytes.Count(z.Raw(), []byte("\n"))
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		for hasAttr {
			var key, val []byte
			key, val, hasAttr = z.TagAttr()
			switch k := string(key); {
			case k == "id" || (k == "name" && string(name) == "a"):
				p.ids[string(val)] = true
			case linkAttrs[k]:
				p.links = append(p.links, link{href: string(val), line: start})
			}
		}
	}
}
