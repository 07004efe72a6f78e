package generator

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// stages lists the packages in pipeline order. A package may import only
// packages to its left: data flows one way (see the Architecture section).
var stages = []string{"diag", "tomlx", "config", "markdown", "content", "scaffold", "site", "search", "render", "write", "linkcheck", "build", "serve"}

func TestImportsPointBackward(t *testing.T) {
	const prefix = "github.com/concord-archive/concord/generator/"
	for i, stage := range stages {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", "./"+stage).Output()
		if err != nil {
			t.Fatalf("go list ./%s: %v", stage, err)
		}
		for _, dep := range strings.Fields(string(out)) {
			name, ok := strings.CutPrefix(dep, prefix)
			if !ok || name == stage {
				continue
			}
			j := slices.Index(stages, name)
			if j < 0 {
				t.Errorf("%s imports %s, which is not in the stage list", stage, name)
			} else if j > i {
				t.Errorf("%s imports %s, a later stage", stage, name)
			}
		}
	}
}
