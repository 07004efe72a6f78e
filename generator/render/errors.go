package render

import (
	"errors"

	"github.com/concord-archive/concord/generator/diag"
)

// PageError says where a page's rendering error is in the theme, and what
// it says: the template file and line when html/template names them, else
// the page kind's template. Render wraps the template's error with the
// page's path; the position comes from the error underneath.
func (t *Theme) PageError(err error, kind string) (diag.Pos, string) {
	if cause := errors.Unwrap(err); cause != nil {
		err = cause
	}
	return t.templateError(err, "layouts/"+kind+".html")
}
