// Package sitetest holds the tests that judge the built archive as its
// readers meet it: in Chromium (the language switcher keeps the paragraph,
// side-by-side rows stay aligned, every page works without JavaScript),
// through axe-core for WCAG 2.2 A and AA, and through html-validate for
// valid HTML. It has no code of its own; the tests build the real content
// of the repository into a temporary folder and serve it on 127.0.0.1.
//
// The npm tools come from tools/ (package.json and package-lock.json,
// installed by .ci/run with npm ci). Without tools/node_modules the tests
// that need them are skipped, unless CONCORD_BROWSER=1, as in CI, where a
// missing tool fails them. The browser tests follow internal/browsertest's
// rules for a missing Chromium and for -short.
package sitetest
