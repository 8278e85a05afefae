package respin.core.model.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import respin.core.model.source.Span;

/**
 * A node of the syntax tree of one file, down to tokens.
 *
 * <p>{@code parts()} are its child nodes and its own tokens ({@link CToken}) in
 * source order. The leaves of a file's tree are all its parser-visible tokens, in
 * order; blanks, comments and directives between them are trivia, so printing the
 * leaves with the trivia between them gives the file back byte for byte. Nodes are
 * immutable and do not point up: {@link CFile} keeps the parent of each node.
 */
public interface CTree {

    /** The bytes this node covers, from its first token to its last. */
    Span span();

    /** Child nodes and tokens, in source order. */
    List<CTree> parts();

    /** Calls the scanner's {@code visit} method for this node's kind. */
    void accept(CTreeScanner scanner);

    /**
     * Every node of kind {@code type} under this one (itself included) that satisfies
     * {@code filter}, in source order; tokens only when {@code type} asks for them.
     */
    default <T extends CTree> List<T> find(Class<T> type, Predicate<? super T> filter) {
        return find(type, filter, n -> true);
    }

    /** As {@link #find(Class, Predicate)}, skipping every node below this one, and its subtree, that {@code enter} refuses. */
    default <T extends CTree> List<T> find(Class<T> type, Predicate<? super T> filter, Predicate<CTree> enter) {
        List<T> out = new ArrayList<>();
        Deque<CTree> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            CTree n = todo.pop();
            if (type.isInstance(n) && filter.test(type.cast(n))) {
                out.add(type.cast(n));
            }
            List<CTree> ps = n.parts();
            for (int i = ps.size() - 1; i >= 0; i--) {
                CTree p = ps.get(i);
                if ((!(p instanceof CToken) || type == CToken.class || type == CTree.class) && enter.test(p)) {
                    todo.push(p);
                }
            }
        }
        return out;
    }

    /** Every node of kind {@code type} under this one (itself included), in source order. */
    default <T extends CTree> List<T> find(Class<T> type) {
        return find(type, n -> true);
    }

    /** The tokens this node is made of, in source order (a token: itself). */
    default List<CToken> tokens() {
        return find(CToken.class);
    }
}
