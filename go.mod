module github.com/concord-archive/concord

go 1.26.8

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/chromedp/cdproto v0.159.0 // browser tests only (internal/browsertest), with chromedp
	github.com/chromedp/chromedp v0.23.0 // browser tests only: drives Debian's Chromium
	github.com/fsnotify/fsnotify v1.10.1
	github.com/yuin/goldmark v1.8.7
)

require golang.org/x/net v0.62.0

require (
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	golang.org/x/sys v0.49.0 // indirect
)
