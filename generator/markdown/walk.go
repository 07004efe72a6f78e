package markdown

import "github.com/yuin/goldmark/ast"

// walk calls visit for root and its descendants in document order, going
// into a node's children only when visit returns true.
//
// It follows the parent and sibling links instead of recursing, so a body
// nested thousands of levels deep (">>>>>…", "- - - - …") costs no stack.
// visit must not detach the node it is given; passes that restructure the
// tree collect their nodes first.
func walk(root ast.Node, visit func(ast.Node) bool) {
	n := root
	for {
		if visit(n) && n.FirstChild() != nil {
			n = n.FirstChild()
			continue
		}
		for n != root && n.NextSibling() == nil {
			if n = n.Parent(); n == nil {
				return // root was not an ancestor: a detached subtree
			}
		}
		if n == root {
			return
		}
		n = n.NextSibling()
	}
}
