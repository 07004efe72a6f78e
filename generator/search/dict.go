package search

import "sync"

// dictionary gives every term a number for the life of the process, so
// that inverting thousands of files takes slice appends, not map lookups
// by string: the step serve repeats after every edit. Numbers are never
// reused or written out; the index files use the terms themselves.
type dictionary struct {
	mu    sync.Mutex
	ids   map[string]int32
	terms []string // by number; only ever appended to
}

var dict = &dictionary{ids: map[string]int32{}}

// id returns the number of t, giving it one if it has none.
func (d *dictionary) id(t string) int32 {
	d.mu.Lock()
	defer d.mu.Unlock()
	id, ok := d.ids[t]
	if !ok {
		id = int32(len(d.terms))
		d.ids[t] = id
		d.terms = append(d.terms, t)
	}
	return id
}

// snapshot returns the terms numbered so far. Entries never change once
// appended, so the slice stays valid without the lock.
func (d *dictionary) snapshot() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.terms
}
