package render

import (
	"strings"
)

// These escape values the way html/template escapes them in a double-quoted
// attribute or in text, so that markup written in Go (Body) is byte for
// byte what a template would make. html/template does not export them.

// writeAttr writes s escaped for text or a quoted attribute value.
func writeAttr(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var repl string
		switch s[i] {
		case 0:
			repl = "\uFFFD"
		case '"':
			repl = "&#34;"
		case '&':
			repl = "&amp;"
		case '\'':
			repl = "&#39;"
		case '+':
			repl = "&#43;"
		case '<':
			repl = "&lt;"
		case '>':
			repl = "&gt;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(repl)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// writeURL writes a whole URL attribute value: a URL with a scheme other
// than http, https or mailto becomes "#ZgotmplZ", bytes outside RFC 3986's
// sets are percent-encoded (valid escapes kept), and the result is
// escaped for the attribute.
func writeURL(b *strings.Builder, u string) {
	if scheme, _, ok := strings.Cut(u, ":"); ok && !strings.Contains(scheme, "/") {
		switch strings.ToLower(scheme) {
		case "http", "https", "mailto":
		default:
			b.WriteString("#ZgotmplZ")
			return
		}
	}
	var enc strings.Builder
	percentEncode(&enc, u, true)
	writeAttr(b, enc.String())
}

// writeURLPart writes a value placed after "#" or "?" in a URL attribute:
// everything but RFC 3986's unreserved bytes is percent-encoded.
func writeURLPart(b *strings.Builder, s string) {
	var enc strings.Builder
	percentEncode(&enc, s, false)
	writeAttr(b, enc.String())
}

// percentEncode is html/template's URL processing: normalizing keeps the
// reserved characters and valid escapes of a whole URL; otherwise only the
// unreserved ones stay.
func percentEncode(b *strings.Builder, s string, normalize bool) {
	const hex = "0123456789abcdef"
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '-', c == '.', c == '_', c == '~':
			continue
		case normalize && strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0:
			continue
		case normalize && c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			continue
		}
		b.WriteString(s[last:i])
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
		last = i + 1
	}
	b.WriteString(s[last:])
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
