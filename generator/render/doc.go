// Package render turns the site graph into pages: it plans every page the
// archive publishes (Plan), and renders one page at a time with the theme's
// templates (Renderer.Render), a pure function of the site and the page, so
// pages can be rendered in parallel and re-rendered one by one when
// serving.
//
// It writes nothing: writing is package write's job.
package render
