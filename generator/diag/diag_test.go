package diag

import "testing"

func TestProblemError(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{Pos: Pos{File: "a.md", Line: 3, Col: 2}, Msg: "bad", Hint: "fix it"}, "a.md:3:2: bad; fix it"},
		{Problem{Pos: Pos{File: "a.md"}, Msg: "bad"}, "a.md: bad"},
		{Problem{Pos: Pos{}, Msg: "bad"}, "-: bad"},
		{Problem{Pos: Pos{File: "fr.md", Line: 9}, Msg: "diverge", Related: []Pos{{File: "en.md", Line: 8}}}, "fr.md:9: diverge (see en.md:8)"},
		{Problem{Pos: Pos{File: "x", Line: 1}, Severity: Warning, Msg: "w"}, "x:1: warning: w"},
	}
	for _, tt := range tests {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("Error() = %q; want %q", got, tt.want)
		}
	}
}

func TestListSortAndErr(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("empty list is an error")
	}
	l.Warn(Pos{File: "b", Line: 1}, "warn", "")
	if l.Err() != nil || l.HasErrors() {
		t.Fatal("a warning alone is an error")
	}
	l.Add(Pos{File: "b", Line: 10}, "ten", "")
	l.Add(Pos{File: "b", Line: 2}, "two", "")
	l.Add(Pos{File: "a", Line: 99}, "a", "")
	l.Sort()
	var got []string
	for _, p := range l {
		got = append(got, p.Msg)
	}
	want := []string{"a", "warn", "two", "ten"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("sorted = %v; want %v", got, want)
		}
	}
	if l.Err() == nil {
		t.Fatal("list with errors has no Err")
	}
}
