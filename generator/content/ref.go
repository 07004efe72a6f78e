package content

import (
	"errors"
	"slices"
	"strings"
)

// Ref points at an archive document or one of its paragraphs, as written in
// cites = ["mechelen-2017#p11"] or in a Markdown link.
type Ref struct {
	Key    Key
	Anchor string // "p11", or "" for the whole document
}

func (r Ref) String() string {
	s := r.Key.String()
	if r.Anchor != "" {
		s += "#" + r.Anchor
	}
	return s
}

// ParseRef parses "[section/]slug[#anchor]". A bare slug names a
// declaration, the section citations almost always point at.
func ParseRef(s string) (Ref, error) {
	target, anchor, hasAnchor := strings.Cut(s, "#")
	section, slug, hasSection := strings.Cut(target, "/")
	if !hasSection {
		section, slug = "declarations", target
	}
	switch {
	case !slices.Contains(Sections, section):
		return Ref{}, errors.New("unknown section " + quote(section) + " (use " + strings.Join(Sections, ", ") + ")")
	case !ValidSlug(slug):
		return Ref{}, errors.New(quote(slug) + " is not a document slug")
	case hasAnchor && !isWords(anchor):
		return Ref{}, errors.New(quote(anchor) + " is not a paragraph anchor like p11 or p11-a")
	}
	return Ref{Key: Key{Section: section, Slug: slug}, Anchor: anchor}, nil
}

// IsRef reports whether a Markdown link destination is meant as a Ref,
// telling a link to an archive document from a relative link to an
// attachment: slugs have no dots, attachment names do. It matches
// ^([a-z]+/)?[a-z0-9-]+(#[a-z0-9-]*)?$ (FuzzRefSyntax holds it to that).
func IsRef(dest string) bool {
	target, anchor, _ := strings.Cut(dest, "#")
	if section, slug, ok := strings.Cut(target, "/"); ok {
		if section == "" || strings.ContainsFunc(section, func(r rune) bool { return r < 'a' || r > 'z' }) {
			return false
		}
		target = slug
	}
	return target != "" && onlySlugChars(target) && onlySlugChars(anchor)
}

func onlySlugChars(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
