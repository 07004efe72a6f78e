package serve

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
)

// updateETags returns the entity tags of files, recomputing only those of
// the changed files. Tags are content hashes, so a browser's conditional
// GET is answered with 304 exactly when the bytes did not change.
func updateETags(prev map[string]string, files map[string][]byte, changed []string) map[string]string {
	if prev == nil {
		changed = slices.Collect(maps.Keys(files))
	}
	tags := maps.Clone(prev)
	if tags == nil {
		tags = make(map[string]string, len(files))
	}
	for _, name := range changed {
		data, ok := files[name]
		if !ok {
			delete(tags, name)
			continue
		}
		sum := sha256.Sum256(data)
		tags[name] = `"` + hex.EncodeToString(sum[:12]) + `"`
	}
	return tags
}
