package respin.core.model.tree;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import respin.core.model.source.Span;

/**
 * The syntax tree of one file: its items (function definitions, declarations, macro
 * lines, opaque statements) in order, and a side table of parents.
 *
 * <p>Nodes do not point up. The parent of every node (tokens included) is kept
 * here, in a table built on the first question about it; so {@link #parent},
 * {@link #enclosingStatement} and {@link #enclosingFunction} work for any node of
 * this file, compared by identity. Queries ({@link #find}) follow Spoon's
 * {@code TypeFilter}: a node kind and a predicate.
 */
public final class CFile implements CTree {
    private final String path;
    private final Span span;
    private final List<CTree> parts;
    private Map<CTree, CTree> parents;

    public CFile(String path, Span span, List<CTree> parts) {
        this.path = path;
        this.span = span;
        this.parts = List.copyOf(parts);
    }

    public String path() {
        return path;
    }

    @Override
    public Span span() {
        return span;
    }

    /** The file's items in order. */
    @Override
    public List<CTree> parts() {
        return parts;
    }

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitFile(this);
    }

    /** Walks the whole file with {@code scanner}. */
    public void scan(CTreeScanner scanner) {
        scanner.scan(this);
    }

    /**
     * The innermost node of kind {@code type} whose span holds byte {@code offset}
     * (tokens included when {@code type} allows), or null.
     */
    public <T extends CTree> T at(int offset, Class<T> type) {
        T found = null;
        CTree n = this;
        while (n != null) {
            if (type.isInstance(n)) {
                found = type.cast(n);
            }
            CTree next = null;
            for (CTree c : n.parts()) {
                if (c.span().start() <= offset && offset < c.span().end()) {
                    next = c;
                    break;
                }
            }
            n = next;
        }
        return found;
    }

    /** The node that holds {@code node} among its parts; this file for an item, null for the file or a stranger. */
    public CTree parent(CTree node) {
        return parents().get(node);
    }

    /** The innermost statement that holds {@code node} (not {@code node} itself), or null at file level. */
    public CStmt enclosingStatement(CTree node) {
        for (CTree p = parent(node); p != null; p = parent(p)) {
            if (p instanceof CStmt s) {
                return s;
            }
        }
        return null;
    }

    /** The function definition that holds {@code node}, or null. */
    public CFunctionDefinition enclosingFunction(CTree node) {
        for (CTree p = parent(node); p != null; p = parent(p)) {
            if (p instanceof CFunctionDefinition f) {
                return f;
            }
        }
        return null;
    }

    private synchronized Map<CTree, CTree> parents() {
        if (parents == null) {
            Map<CTree, CTree> m = new IdentityHashMap<>();
            Deque<CTree> todo = new ArrayDeque<>();
            todo.push(this);
            while (!todo.isEmpty()) {
                CTree n = todo.pop();
                for (CTree c : n.parts()) {
                    m.put(c, n);
                    todo.push(c);
                }
            }
            parents = m;
        }
        return parents;
    }

    @Override
    public String toString() {
        return "CFile[" + path + ", " + parts.size() + " items]";
    }
}
