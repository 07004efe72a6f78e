package tomlx

import (
	"bufio"
	"bytes"
	"strings"

	"github.com/BurntSushi/toml"
)

// KeyLine returns the 1-based line where key is defined in src, or 0 when it
// cannot tell. BurntSushi/toml records key positions but does not export them,
// so this scans table headers and "name =" lines itself. It is only used to
// point an editor at a key the decoder already rejected, so being simple
// (no multi-line strings spanning a header, no dotted keys) is acceptable.
func KeyLine(src []byte, key toml.Key) int {
	if lines := KeyLines(src, key); len(lines) > 0 {
		return lines[0]
	}
	return 0
}

// KeyLines returns every line where key is defined: one per table of an
// array of tables such as [[milestones]], in order.
func KeyLines(src []byte, key toml.Key) []int {
	var lines []int
	if len(key) == 0 {
		return nil
	}
	table := strings.Join(key[:len(key)-1], ".")
	name := key[len(key)-1]
	current := ""
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(nil, len(src)+1)
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if h, ok := header(t); ok {
			current = h
			if current == strings.Join(key, ".") {
				lines = append(lines, line)
			}
			continue
		}
		if current != table {
			continue
		}
		if k, _, ok := strings.Cut(t, "="); ok && unquote(strings.TrimSpace(k)) == name {
			lines = append(lines, line)
		}
	}
	return lines
}

func header(t string) (string, bool) {
	if !strings.HasPrefix(t, "[") {
		return "", false
	}
	t = strings.TrimLeft(t, "[")
	end := strings.Index(t, "]")
	if end < 0 {
		return "", false
	}
	return strings.TrimSpace(t[:end]), true
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// Suggest returns the entry of valid closest to name when it is close enough
// to be a typo (edit distance at most 2, or 1 for short names), or "".
func Suggest(name string, valid []string) string {
	best, bestDist := "", 3
	if len(name) <= 4 {
		bestDist = 2
	}
	for _, v := range valid {
		if d := distance(strings.ToLower(name), v); d < bestDist {
			best, bestDist = v, d
		}
	}
	return best
}

// distance is the optimal string alignment distance between a and b, by
// rune: Levenshtein plus transposition of two neighbours, the commonest typo.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
