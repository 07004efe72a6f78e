package markdown

import "testing"

var destTests = []struct {
	dest string
	safe bool
}{
	{"https://example.org/a?b=1&c=2#d", true},
	{"HTTP://EXAMPLE.ORG", true},
	{"http:", true},
	{"mailto:a@example.org", true},
	{"MailTo:a@example.org", true},
	{"#p11", true},
	{"mechelen-2017#p11", true},
	{"events/mechelen-2017", true},
	{"/en/declarations/x/", true},
	{"../x.pdf", true},
	{"?q=1", true},
	{"a/b:c", true},                 // the colon is after a '/': a path, not a scheme
	{"a?b:c", true},                 // and after a '?'
	{"javascript%3Aalert(1)", true}, // no colon at all: a relative path
	{"", true},
	{"javascript:alert(1)", false},
	{"JaVaScRiPt:alert(1)", false},
	{"vbscript:msgbox", false},
	{"data:text/html,<script>", false},
	{"file:///etc/passwd", false},
	{"ftp://example.org", false},
	{"tel:+3212345", false},
	{"10:30", false},
	{":x", false},
	{" javascript:alert(1)", false},
	{"https://example.org ", false},
	{"java\tscript:alert(1)", false},
	{"java\nscript:alert(1)", false},
	{"\x00javascript:alert(1)", false},
	{"\x7fhttps://x", false},
	{"//evil.example/x", false},
	{"\\\\evil.example", false},
	{"/\\evil.example", false},
	{"\\/evil.example", false},
	{"java\u200bscript:alert(1)", false},
}

func TestUnsafeDest(t *testing.T) {
	for _, tt := range destTests {
		why := unsafeDest(tt.dest)
		if (why == "") != tt.safe {
			t.Errorf("unsafeDest(%q) = %q; want safe=%v", tt.dest, why, tt.safe)
		}
	}
}

var decodeTests = []struct{ in, want string }{
	{"a\\_b", "a_b"},
	{"jav&#x61;script:", "javascript:"},
	{"jav&#97;script:", "javascript:"},
	{"&#32;x", " x"},
	{"a&amp;b", "a&b"},
	{"a&colon;b", "a:b"},
	{"a&nosuch;b", "a&nosuch;b"},
}

func TestDecodeDest(t *testing.T) {
	for _, tt := range decodeTests {
		if got := string(decodeDest([]byte(tt.in))); got != tt.want {
			t.Errorf("decodeDest(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
