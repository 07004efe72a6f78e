package serve

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sync"
)

// memSink collects a build's files in memory.
type memSink struct {
	mu    sync.Mutex
	files map[string][]byte
}

func (m *memSink) Put(name string, data []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, dup := m.files[name]; dup {
		return fmt.Errorf("two outputs want to write %s", name)
	}
	m.files[name] = data
	return nil
}

// etags are content hashes, so a browser's conditional GET is answered
// with 304 exactly when the bytes did not change.
func etags(files map[string][]byte) map[string]string {
	tags := make(map[string]string, len(files))
	for name, data := range files {
		sum := sha256.Sum256(data)
		tags[name] = `"` + hex.EncodeToString(sum[:12]) + `"`
	}
	return tags
}
