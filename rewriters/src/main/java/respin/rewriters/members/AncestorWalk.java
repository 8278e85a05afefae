package respin.rewriters.members;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;

/**
 * Visits a syntax tree depth first, giving each node with its ancestors (root first,
 * parent last), without a table of parents and without recursion: a file's worth of
 * parents costs a walk, not a map of every token.
 */
final class AncestorWalk {
    /** What is done at each node. */
    interface Visitor {
        void visit(CTree node, List<CTree> ancestors);
    }

    private AncestorWalk() {
    }

    /** Walks {@code root}'s subtree; tokens are visited only when {@code tokens} is true. */
    static void walk(CTree root, boolean tokens, Visitor visitor) {
        walk(root, tokens, n -> true, visitor);
    }

    /**
     * As {@link #walk(CTree, boolean, Visitor)}, skipping every node below the root, and its
     * subtree, that {@code enter} refuses.
     */
    static void walk(CTree root, boolean tokens, Predicate<CTree> enter, Visitor visitor) {
        List<CTree> path = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        visitor.visit(root, path);
        path.add(root);
        next.add(0);
        while (!path.isEmpty()) {
            int top = path.size() - 1;
            List<CTree> parts = path.get(top).parts();
            int i = next.get(top);
            if (i >= parts.size()) {
                path.remove(top);
                next.remove(top);
                continue;
            }
            next.set(top, i + 1);
            CTree child = parts.get(i);
            if (!enter.test(child)) {
                continue;
            }
            if (child instanceof CToken) {
                if (tokens) {
                    visitor.visit(child, path);
                }
                continue;
            }
            visitor.visit(child, path);
            path.add(child);
            next.add(0);
        }
    }
}
