package corpus

import "math/rand/v2"

// kind is the kind of document a random stream belongs to.
type kind uint64

const (
	kindDeclaration kind = iota + 1
	kindEvent
	kindNews
	kindPage
)

// part names one independent random stream of a document. Each part draws
// from its own stream, so generating one part never shifts the numbers
// another sees: the skeleton of a declaration (read by every document that
// cites it) is the same whether or not its text was made, and the English
// text does not depend on how many words the French one used.
type part uint64

const (
	partSkeleton part = iota + 1 // slug, date, place, paragraph outline
	partMeta                     // front matter, citations and links
	partEn                       // English words
	partFr                       // French words
)

// newRand returns the generator of part p of document i of kind k. PCG is
// fully specified and IntN is integer arithmetic only, so the same inputs
// give the same numbers on every machine. No float draws are used: they
// would bring math functions whose rounding may differ between CPUs.
func newRand(seed uint64, k kind, p part, i int) *rand.Rand {
	return rand.New(rand.NewPCG(seed, mix(uint64(k)<<48|uint64(p)<<40|uint64(i))))
}

// langPart is the word stream of lang.
func langPart(lang string) part {
	if lang == "fr" {
		return partFr
	}
	return partEn
}

// mix is SplitMix64's finaliser: it spreads consecutive document numbers
// over the whole 64-bit space, so neighbouring streams do not start alike.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// pick returns a random element of list.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// between returns a random int in [lo, hi].
func between(r *rand.Rand, lo, hi int) int { return lo + r.IntN(hi-lo+1) }

// sample returns k distinct elements of list, in list order.
func sample[T any](r *rand.Rand, list []T, k int) []T {
	k = min(k, len(list))
	chosen := make([]bool, len(list))
	for picked := 0; picked < k; {
		j := r.IntN(len(list))
		if !chosen[j] {
			chosen[j] = true
			picked++
		}
	}
	out := make([]T, 0, k)
	for j, c := range chosen {
		if c {
			out = append(out, list[j])
		}
	}
	return out
}
