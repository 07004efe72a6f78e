package markdown

import (
	"bytes"
	"testing"
	"time"
)

func FuzzHang(f *testing.F) {
	f.Add([]byte("a. one\nb. two\n   a. nested\n   b) other\nc. three\n"))
	f.Add([]byte("a. x\n\n   more\n\nb. y\nlazy\n\n   i. deep\n      a. deeper\n"))
	f.Add([]byte("b. not first\na. first\n\tc. tab\n    d. code\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		var src bytes.Buffer
		src.WriteString("11. Intro:\n\n")
		for _, line := range bytes.SplitAfter(body, []byte("\n")) {
			if len(line) > 0 {
				src.WriteString("    ")
				src.Write(line)
			}
		}
		done := make(chan bool)
		go func() { fuzzConverters[false].Convert(src.Bytes(), Options{}); close(done) }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			t.Fatalf("hang on %q", src.Bytes())
		}
	})
}
