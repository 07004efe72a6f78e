package search

import "strings"

// stopWords are the words of each language too common to find anything:
// articles, pronouns, prepositions, conjunctions and auxiliaries, folded.
// The index leaves them out, which keeps its largest lists out of the
// shards; search.js drops them from queries (but the word being typed,
// which may be the beginning of another), with the same lists.
var stopWords = map[string]map[string]bool{
	"en": set("a an and are as at be been but by for from had has have he her his i if in into is it its " +
		"of on or our she so than that the their them then there these they this those to us was we were " +
		"which who will with you your"),
	"fr": set("a ai au aux avec c ce ces cet cette d dans de des du elle elles en est et eux il ils j je l la " +
		"le les leur leurs lui m ma mais me mes moi mon n ne nos notre nous on ou par pas pour qu que qui s " +
		"sa se ses son sont sur t ta te tes toi ton tu un une vos votre vous y"),
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
