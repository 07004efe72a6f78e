package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/concord-archive/concord/generator/build"
	"github.com/concord-archive/concord/generator/linkcheck"
)

// checkOutput checks the links of a built output folder, printing one line
// per broken link, and reports whether there was none. The site's base URL
// tells internal links from external ones, so it needs the config.
func checkOutput(l *build.Loaded, dir, format string, stdout, stderr io.Writer) bool {
	if l == nil || l.Config == nil {
		fmt.Fprintf(stderr, "concord check: cannot check the links of %s without a valid config\n", dir)
		return false
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "concord check: --output %s is not a folder; run concord build --out %s first\n", dir, dir)
		return false
	}
	res, err := linkcheck.Check(os.DirFS(dir), l.Config.BaseURL)
	if err != nil {
		fmt.Fprintf(stderr, "concord check: reading %s: %v\n", dir, err)
		return false
	}
	for _, b := range res.Broken {
		b.File = filepath.ToSlash(filepath.Join(dir, b.File))
		if format == "github" {
			fmt.Fprintf(stdout, "::error::%s\n", ghEscape(b.String(), false))
		} else {
			fmt.Fprintln(stdout, b)
		}
	}
	fmt.Fprintf(stdout, "links: %d internal links in %d pages of %s, %d broken\n", res.Links, res.Pages, dir, len(res.Broken))
	if len(res.Broken) > 0 {
		fmt.Fprintf(stderr, "concord check: %d broken link(s) in %s\n", len(res.Broken), dir)
		return false
	}
	return true
}
