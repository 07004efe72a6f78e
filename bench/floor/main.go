// Command floor does the irreducible work of building an archive, and
// nothing else, so that bench/compare.sh can say how close Concord comes to
// it: for every language file under content/, in parallel, read it, split
// and decode its TOML front matter, render its Markdown with goldmark, fill
// one template and write one file. No graph, no cross-links, no lists.
//
//	go run ./bench/floor -source DIR -out DIR
package main

import (
	"bytes"
	"flag"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

var page = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><title>{{.Title}}</title></head>
<body><main><h1>{{.Title}}</h1>
{{.Body}}
</main></body></html>
`))

func main() {
	source := flag.String("source", ".", "site `folder` with content/")
	out := flag.String("out", "floor-public", "output `folder`")
	flag.Parse()
	start := time.Now()
	var files []string
	err := filepath.WalkDir(filepath.Join(*source, "content"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	errs := make(chan error, len(files))
	next := make(chan string)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			md := goldmark.New(goldmark.WithExtensions(extension.Footnote))
			var buf, html bytes.Buffer
			for p := range next {
				if err := build(md, *source, *out, p, &buf, &html); err != nil {
					errs <- err
				}
			}
		})
	}
	for _, p := range files {
		next <- p
	}
	close(next)
	wg.Wait()
	close(errs)
	for err := range errs {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	fmt.Printf("floor: %d files in %s\n", len(files), time.Since(start).Round(time.Millisecond))
}

// build turns one language file into one page.
func build(md goldmark.Markdown, source, out, p string, buf, html *bytes.Buffer) error {
	data, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	parts := bytes.SplitN(data, []byte("+++\n"), 3)
	if len(parts) != 3 {
		return fmt.Errorf("%s: no front matter", p)
	}
	var meta struct {
		Title string `toml:"title"`
	}
	if _, err := toml.Decode(string(parts[1]), &meta); err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	html.Reset()
	if err := md.Convert(parts[2], html); err != nil {
		return err
	}
	rel, _ := filepath.Rel(filepath.Join(source, "content"), p)
	lang := strings.TrimSuffix(filepath.Base(rel), ".md")
	dst := filepath.Join(out, lang, filepath.Dir(rel), "index.html")
	buf.Reset()
	if err := page.Execute(buf, map[string]any{"Lang": lang, "Title": meta.Title, "Body": template.HTML(html.String())}); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, buf.Bytes(), 0o644)
}
