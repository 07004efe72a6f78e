package build

import (
	"fmt"

	"github.com/concord-archive/concord/generator/diag"
	"github.com/concord-archive/concord/generator/render"
)

// pageProblems turns the errors of failed pages into problems, one per
// distinct error: a broken template action fails every page of its kind,
// and the editor needs to hear it once, at its line, with the first page it
// failed on. errs[i] is the error of pages[i], or nil.
func pageProblems(theme *render.Theme, pages []render.Page, errs []error, hint string) diag.List {
	type failure struct {
		pos    diag.Pos
		msg    string
		page   string
		others int
	}
	var failures []*failure
	seen := map[string]*failure{}
	for i, err := range errs {
		if err == nil {
			continue
		}
		pos, msg := theme.PageError(err, pages[i].Kind)
		key := fmt.Sprint(pos, msg)
		if f := seen[key]; f != nil {
			f.others++
			continue
		}
		f := &failure{pos: pos, msg: msg, page: "/" + pages[i].Path}
		seen[key] = f
		failures = append(failures, f)
	}
	var problems diag.List
	for _, f := range failures {
		where := " (rendering " + f.page + ")"
		if f.others > 0 {
			where = fmt.Sprintf(" (rendering %s and %d other pages)", f.page, f.others)
		}
		problems.Add(f.pos, f.msg+where, hint)
	}
	return problems
}
