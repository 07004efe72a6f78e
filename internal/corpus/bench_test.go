package corpus

import "testing"

// BenchmarkGenerate makes every document of a 100-declaration archive and
// writes it as Concord Markdown in memory: the generator's own cost,
// without the disk.
func BenchmarkGenerate(b *testing.B) {
	a := New(100, 1)
	var f Concord
	for b.Loop() {
		bytes := 0
		for j := range a.Counts().Total() {
			files, err := f.DocFiles(a.Doc(j))
			if err != nil {
				b.Fatal(err)
			}
			for _, file := range files {
				bytes += len(file.Data)
			}
		}
		b.SetBytes(int64(bytes))
	}
}
