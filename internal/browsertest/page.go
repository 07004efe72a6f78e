package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Viewport widths the archive is checked at, in CSS pixels.
const (
	Phone   = 375
	Desktop = 1280
)

// WaitLimit bounds one WaitFor, so that a condition that never comes fails
// with its own message well before the test's Timeout.
const WaitLimit = 20 * time.Second

// Page is one tab, in a browser context of its own: no cookies, storage or
// cache shared with other pages. Its methods end the test on failure.
type Page struct {
	t        *testing.T
	b        *Browser
	ctx      context.Context
	mu       sync.Mutex
	problems []string // the page's uncaught exceptions and error messages
}

// Option configures a Page.
type Option func(*pageConfig)

type pageConfig struct {
	width, height int64
	noScript      bool
	media         string
}

// Width sets the viewport width in CSS pixels (default Desktop). CSS media
// queries see this width; the page is not emulated as a mobile device.
func Width(px int) Option { return func(c *pageConfig) { c.width = int64(px) } }

// Height sets the viewport height in CSS pixels (default 800).
func Height(px int) Option { return func(c *pageConfig) { c.height = int64(px) } }

// NoScript disables the page's JavaScript, as a reader who turned it off.
// Eval and WaitFor still work: DevTools evaluation is not page script.
func NoScript() Option { return func(c *pageConfig) { c.noScript = true } }

// Media makes the page's CSS see the media type kind ("print"), to check
// how a page prints.
func Media(kind string) Option { return func(c *pageConfig) { c.media = kind } }

// Page opens a new tab for the test t (the browser's test or one of its
// subtests); it is closed when t ends.
func (b *Browser) Page(t *testing.T, opts ...Option) *Page {
	t.Helper()
	cfg := pageConfig{width: Desktop, height: windowHeight}
	for _, o := range opts {
		o(&cfg)
	}
	p := &Page{t: t, b: b}
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext(), chromedp.WithListener(p.listen))
	p.ctx = ctx
	t.Cleanup(func() {
		cancel() // closes the tab and its browser context
		if t.Failed() {
			for _, s := range p.Problems() {
				t.Logf("browsertest: page problem: %s", s)
			}
		}
	})
	// The first Do attaches the tab for the lifetime of ctx, so it must not
	// carry a deadline; the browser's own deadline bounds it.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("browsertest: cannot open a tab: %v", err)
	}
	steps := []chromedp.Action[chromedp.Void]{chromedp.EmulateViewport(cfg.width, cfg.height)}
	if cfg.noScript {
		steps = append(steps, chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
			_, err := cdp.Call(ctx, tgt, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
			return err
		}))
	}
	if cfg.media != "" {
		steps = append(steps, chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
			_, err := cdp.Call(ctx, tgt, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: cfg.media})
			return err
		}))
	}
	if err := p.do(steps...); err != nil {
		t.Fatalf("browsertest: cannot set up the tab: %v", err)
	}
	return p
}

// deadlineContext is the tab's context under the test's deadline.
func (p *Page) deadlineContext() (context.Context, context.CancelFunc) {
	return context.WithDeadline(p.ctx, p.b.deadline)
}

// do runs actions under the test's deadline.
func (p *Page) do(steps ...chromedp.Action[chromedp.Void]) error {
	ctx, cancel := p.deadlineContext()
	defer cancel()
	return chromedp.Do(ctx, steps...)
}

// Go loads the page at addr and waits until it and its fonts are loaded,
// so that layout is final.
func (p *Page) Go(addr string) {
	p.t.Helper()
	if err := p.do(chromedp.Navigate(addr)); err != nil {
		p.t.Fatalf("browsertest: load %s: %v%s", addr, err, timeoutHint(err))
	}
	p.Eval(`document.fonts.ready.then(() => true)`, nil)
}

// OnNewDocument runs js in every document the page loads from then on,
// before the document's own scripts: instrumentation for a test, such as
// wrapping a browser API to watch the page use it.
func (p *Page) OnNewDocument(js string) {
	p.t.Helper()
	err := p.do(chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		_, err := cdp.Call(ctx, tgt, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js})
		return err
	}))
	if err != nil {
		p.t.Fatalf("browsertest: add a script to new documents: %v%s", err, timeoutHint(err))
	}
}

// Eval evaluates a JavaScript expression in the page, awaiting it if it is
// a promise, and decodes its JSON value into out (nil to ignore it).
func (p *Page) Eval(js string, out any) {
	p.t.Helper()
	if err := p.TryEval(js, out); err != nil {
		p.t.Fatalf("browsertest: eval %s: %v%s", js, err, timeoutHint(err))
	}
}

// TryEval is Eval returning the error, for a page that may be navigating.
func (p *Page) TryEval(js string, out any) error {
	ctx, cancel := p.deadlineContext()
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](js, chromedp.EvalAwaitPromise))
	if err != nil || out == nil {
		return err
	}
	if len(raw) == 0 {
		return fmt.Errorf("the expression has no JSON value (undefined?)")
	}
	return json.Unmarshal(raw, out)
}

// WaitFor polls the JavaScript condition js until it is true, through page
// loads, for at most WaitLimit; what says what is awaited, for the failure
// message.
func (p *Page) WaitFor(what, js string) {
	p.t.Helper()
	end := time.Now().Add(WaitLimit)
	if p.b.deadline.Before(end) {
		end = p.b.deadline
	}
	var last error
	for {
		var ok bool
		err := p.TryEval(`!!(`+js+`)`, &ok)
		if err == nil && ok {
			return
		}
		if err != nil {
			last = err // a page being replaced has no context to evaluate in, for a moment
		}
		if time.Now().After(end) {
			p.t.Fatalf("browsertest: gave up waiting for %s (%s); last error: %v", what, js, last)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// Problems returns the page's uncaught exceptions, console.error calls and
// browser error messages (such as failed loads) seen so far.
func (p *Page) Problems() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.problems...)
}

// listen records problems. It runs on chromedp's goroutine, so it must not
// touch the test.
func (p *Page) listen(ev any) {
	var s string
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		s = "exception: " + describeException(ev.ExceptionDetails)
	case *runtime.EventConsoleAPICalled:
		if ev.Type != runtime.ConsoleAPICalledTypeError {
			return
		}
		s = "console.error:"
		for _, a := range ev.Args {
			s += " " + describe(a)
		}
	case *log.EventEntryAdded:
		if ev.Entry.Level != log.EntryLevelError || isFaviconProbe(ev.Entry) {
			return
		}
		s = fmt.Sprintf("%s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
	default:
		return
	}
	p.mu.Lock()
	p.problems = append(p.problems, s)
	p.mu.Unlock()
}

// isFaviconProbe reports the browser's own request for /favicon.ico, which
// it makes for every site whether a page links an icon or not.
func isFaviconProbe(e *log.Entry) bool {
	u, err := url.Parse(e.URL)
	return e.Source == log.EntrySourceNetwork && err == nil && u.Path == "/favicon.ico"
}

func describeException(d *runtime.ExceptionDetails) string {
	if d.Exception != nil {
		return fmt.Sprintf("%s (%s:%d)", describe(d.Exception), d.URL, d.LineNumber+1)
	}
	return fmt.Sprintf("%s (%s:%d)", d.Text, d.URL, d.LineNumber+1)
}

func describe(o *runtime.RemoteObject) string {
	if o.Description != "" {
		return o.Description
	}
	return string(o.Value)
}
