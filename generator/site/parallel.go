package site

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/concord-archive/concord/generator/diag"
)

// eachDoc runs check on every document on all cores and returns their
// problems in document order, so the report does not depend on which
// goroutine finished first. check must only read the site: serve runs
// Build after every edit, and these per-document checks (alignment,
// contradictions, links) are most of its time.
func (s *Site) eachDoc(check func(d *Document) diag.List) diag.List {
	lists := make([]diag.List, len(s.Docs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(s.Docs)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(s.Docs); i = int(next.Add(1) - 1) {
				lists[i] = check(s.Docs[i])
			}
		})
	}
	wg.Wait()
	var problems diag.List
	for _, l := range lists {
		problems.Append(l)
	}
	return problems
}
