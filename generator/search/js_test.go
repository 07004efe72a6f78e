package search

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/concord-archive/concord/internal/browsertest"
)

// scriptPath is the theme's search script, which must read words as this
// package does.
var scriptPath = filepath.Join("..", "..", "themes", "default", "static", "search.js")

// TestScriptMatchesGo loads search.js in Chromium and holds it to this
// package: the same tables (folding, stop words, stemming rules), and the
// same words, terms, stems and prefix matches for the test vectors of
// fold_test.go and stem_test.go, every letter of the folding table and
// every suffix of the stemmers, and random text. The index is made here and
// read there: if the two drifted apart, a word would stop finding itself.
func TestScriptMatchesGo(t *testing.T) {
	b := browsertest.New(t)
	dir := t.TempDir()
	script, err := os.ReadFile(scriptPath)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "search.js"), script, 0o644)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte(`<!DOCTYPE html><title>t</title><script src="search.js"></script>`), 0o644)
	p := b.Page(t)
	p.Go(browsertest.ServeDir(t, dir) + "/")

	t.Run("tables", func(t *testing.T) {
		var js jsTables
		p.Eval(`ConcordSearch.tables`, &js)
		if want := goTables(); !reflect.DeepEqual(js, want) {
			t.Errorf("search.js tables differ from Go's:\n js %+v\ngo  %+v", js, want)
		}
	})

	texts := vectorTexts()
	t.Run("words and terms", func(t *testing.T) {
		var js []struct{ Words, En, Fr []string }
		p.Eval(`(`+jsonOf(texts)+`).map(s => ({words: ConcordSearch.words(s).map(w => w.word),
			en: ConcordSearch.terms("en", s), fr: ConcordSearch.terms("fr", s)}))`, &js)
		for i, text := range texts {
			words, en, fr := collect(func(f func(string)) { Words(text, f) }), collect(func(f func(string)) { Terms("en", text, f) }), collect(func(f func(string)) { Terms("fr", text, f) })
			if !slices.Equal(js[i].Words, words) || !slices.Equal(js[i].En, en) || !slices.Equal(js[i].Fr, fr) {
				t.Errorf("%q:\n js words %q en %q fr %q\ngo  words %q en %q fr %q", text, js[i].Words, js[i].En, js[i].Fr, words, en, fr)
			}
		}
	})

	t.Run("stems", func(t *testing.T) {
		for _, lang := range []string{"en", "fr", "de"} {
			words := stemVectors(lang)
			var js []string
			p.Eval(fmt.Sprintf(`(%s).map(w => ConcordSearch.stem(%q, w))`, jsonOf(words), lang), &js)
			for i, w := range words {
				if got := Stem(lang, w); js[i] != got {
					t.Errorf("stem(%q, %q): js %q, go %q", lang, w, js[i], got)
				}
			}
		}
	})

	t.Run("typed words", func(t *testing.T) {
		var js []bool
		p.Eval(`(`+jsonOf(typedTests)+`).map(c => ConcordSearch.matchesTyped(c.Lang, c.Typed, c.Term))`, &js)
		for i, tt := range typedTests {
			if js[i] != tt.want {
				t.Errorf("matchesTyped(%q, %q, %q): js %v, want %v", tt.lang, tt.typed, tt.term, js[i], tt.want)
			}
		}
	})
	t.Run("typed words, every prefix", func(t *testing.T) {
		// Each prefix of each word of stem_test.go against each stem there.
		for _, lang := range []string{"en", "fr"} {
			var typed, stems []string
			for _, tt := range stemTests[lang] {
				stems = append(stems, tt.stem)
				r := []rune(tt.word)
				for i := 2; i <= len(r); i++ {
					typed = append(typed, string(r[:i]))
				}
			}
			var js [][]bool
			p.Eval(fmt.Sprintf(`(%s).map(q => (%s).map(t => ConcordSearch.matchesTyped(%q, q, t)))`, jsonOf(typed), jsonOf(stems), lang), &js)
			for i, q := range typed {
				for j, term := range stems {
					if got := matchesTyped(lang, q, term); js[i][j] != got {
						t.Errorf("matchesTyped(%q, %q, %q): js %v, go %v", lang, q, term, js[i][j], got)
					}
				}
			}
		}
	})
	t.Run("shards", func(t *testing.T) {
		// Every shard that holds a term a typed word reaches is fetched.
		ix := manyShards(t)
		var m struct{ S []string }
		json.Unmarshal(ix.manifest, &m)
		shardOfTerm := map[string]int{}
		for i := range m.S {
			var shard map[string]json.RawMessage
			json.Unmarshal(ix.shards[i], &shard)
			for term := range shard {
				shardOfTerm[term] = i
			}
		}
		var typed []string
		byFirst := map[byte][]string{} // a term a word reaches begins with the word's first letter
		for term := range shardOfTerm {
			byFirst[term[0]] = append(byFirst[term[0]], term)
			if len(term) > 6 || term[0] == 'w' {
				continue // enough words: every prefix of the short ones
			}
			for i := 2; i <= len(term); i++ {
				typed = append(typed, term[:i])
			}
			typed = append(typed, term+"a", term+"ati", term+"e", term+"ement")
		}
		slices.Sort(typed)
		typed = slices.Compact(typed)
		var js [][]int
		p.Eval(fmt.Sprintf(`(%s).map(q => [...ConcordSearch.shardsFor(%s, ConcordSearch.parseQuery("en", q).at(-1))])`, jsonOf(typed), jsonOf(m.S)), &js)
		for i, q := range typed {
			for _, term := range byFirst[q[0]] {
				if shard := shardOfTerm[term]; matchesTyped("en", q, term) && !slices.Contains(js[i], shard) {
					t.Errorf("typing %q reaches %q in shard %d, but fetches shards %v", q, term, shard, js[i])
				}
			}
		}
		for _, tt := range shardOfTests {
			var got int
			p.Eval(fmt.Sprintf(`ConcordSearch.shardOf(%s, %q)`, jsonOf(shardOfFirst), tt.term), &got)
			if got != tt.want {
				t.Errorf("shardOf(%q): js %d, want %d", tt.term, got, tt.want)
			}
		}
	})
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("page problems: %v", probs)
	}
}

// jsTables is the shape of ConcordSearch.tables.
type jsTables struct {
	Latin    map[string]string
	MaxWord  int
	Stop     map[string]string
	Stemmers map[string]jsStemmer
}

type jsStemmer struct {
	MinWord  int
	Steps    [][][5]any
	Undouble string
	Pending  []string
}

// goTables writes this package's tables in search.js's shape, as they
// come back from JSON (numbers as float64).
func goTables() jsTables {
	t := jsTables{Latin: latin, MaxWord: maxWord, Stop: map[string]string{}, Stemmers: map[string]jsStemmer{}}
	for lang, words := range stopWords {
		t.Stop[lang] = strings.Join(slices.Sorted(func(yield func(string) bool) {
			for w := range words {
				if !yield(w) {
					return
				}
			}
		}), " ")
	}
	for lang, s := range stemmers {
		js := jsStemmer{MinWord: s.minWord, Undouble: s.undouble, Pending: s.pending}
		for _, st := range s.steps {
			var rules [][5]any
			for _, r := range st {
				rules = append(rules, [5]any{r.suffix, r.with, float64(r.minStem), r.vowel, r.repeat})
			}
			js.Steps = append(js.Steps, rules)
		}
		t.Stemmers[lang] = js
	}
	return t
}

// vectorTexts are the texts both sides read: fold_test.go's, every letter
// of the folding table in both cases, and random strings of tricky
// characters.
func vectorTexts() []string {
	var texts []string
	for _, tt := range foldTests {
		texts = append(texts, tt.text)
	}
	for plain, letters := range latin {
		texts = append(texts, plain+" "+letters+" "+strings.ToUpper(letters)+" x"+letters+"x")
	}
	pool := []rune("aeé e\u0301ÉßẞİıΣςσ Ｆ１９ -’'. ,\u00a0\u202f:!?1234567890ÆŒĳﬁ東🙂\u0307Ωω\t\nabcxyzàÿ")
	rng := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		r := make([]rune, rng.IntN(24))
		for i := range r {
			r[i] = pool[rng.IntN(len(pool))]
		}
		texts = append(texts, string(r))
	}
	return texts
}

// stemVectors are words to stem in lang: stem_test.go's and, for every
// rule of every stemmer, its suffix after stems of each length up to five,
// with and without a vowel, and doubled letters.
func stemVectors(lang string) []string {
	var words []string
	for _, tt := range stemTests[lang] {
		words = append(words, tt.word)
	}
	for _, s := range stemmers {
		for _, st := range s.steps {
			for _, r := range st {
				for _, stem := range []string{"", "b", "bc", "bcd", "bcdf", "bcdfg", "a", "ba", "bab", "baba", "babab", "ll", "nn", "bann", "balll"} {
					words = append(words, stem+r.suffix, stem+r.suffix+r.suffix, stem+r.with)
				}
			}
		}
	}
	return words
}

func collect(each func(func(string))) []string {
	list := []string{}
	each(func(s string) { list = append(list, s) })
	return list
}

// jsonOf writes v as a JavaScript literal.
func jsonOf(v any) string {
	if cases, ok := v.([]struct {
		lang, typed, term string
		want              bool
	}); ok {
		type exported struct{ Lang, Typed, Term string }
		list := make([]exported, len(cases))
		for i, c := range cases {
			list[i] = exported{c.lang, c.typed, c.term}
		}
		v = list
	}
	return string(encodeJSON(v))
}
