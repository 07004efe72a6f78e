package search

import (
	"runtime"
	"sync"
	"weak"

	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/site"
)

// The index is rendered as many pages (the manifest, every shard), by
// parallel workers, and serve renders them again after every edit. Two
// memo tables make that cheap:
//
//   - the analysis of a language file, by the file: a parsed file is
//     immutable, and serve's parse cache keeps an unchanged file the same
//     value from one rebuild to the next, so after an edit only the edited
//     file is read again;
//   - the index of a language, by site: the first page of a build to need
//     it builds it, the others wait for it and share it.
//
// Entries are keyed by weak pointers and dropped when their file or site is
// collected, so the tables hold what the live builds use. With the term
// dictionary (dict.go) and the last index of each language (update.go),
// they are the package's state: caches all, that results never depend on
// (a missing entry is computed again, the same).
var (
	analyses = newMemo[content.Doc, *analysis]()
	indexes  = newMemo[site.Site, *siteIndexes]()
)

// siteIndexes are the indexes of one site, one per language, each built
// under its own Once so that the languages build in parallel.
type siteIndexes struct {
	mu     sync.Mutex
	byLang map[string]*langIndex
}

type langIndex struct {
	once sync.Once
	ix   *Index
}

// IndexOf returns the index of lang for s, building it on first use.
func IndexOf(s *site.Site, lang string) *Index {
	si := indexes.get(s, func(*site.Site) *siteIndexes { return &siteIndexes{byLang: map[string]*langIndex{}} })
	si.mu.Lock()
	li := si.byLang[lang]
	if li == nil {
		li = &langIndex{}
		si.byLang[lang] = li
	}
	si.mu.Unlock()
	li.once.Do(func() { li.ix = indexFor(s, lang) })
	return li.ix
}

func analysisOf(f *content.Doc) *analysis { return analyses.get(f, analyse) }

// memo maps values, by weak pointer to their key, to what was computed
// from them.
type memo[K any, V any] struct {
	mu sync.Mutex
	m  map[weak.Pointer[K]]*memoEntry[V]
}

type memoEntry[V any] struct {
	once sync.Once
	v    V
}

func newMemo[K, V any]() *memo[K, V] {
	return &memo[K, V]{m: map[weak.Pointer[K]]*memoEntry[V]{}}
}

// get returns compute(k), computing it once per k; concurrent callers with
// the same k wait for the first.
func (m *memo[K, V]) get(k *K, compute func(*K) V) V {
	wp := weak.Make(k)
	m.mu.Lock()
	e, ok := m.m[wp]
	if !ok {
		e = &memoEntry[V]{}
		m.m[wp] = e
		runtime.AddCleanup(k, m.drop, wp)
	}
	m.mu.Unlock()
	e.once.Do(func() { e.v = compute(k) })
	return e.v
}

func (m *memo[K, V]) drop(wp weak.Pointer[K]) {
	m.mu.Lock()
	delete(m.m, wp)
	m.mu.Unlock()
}
