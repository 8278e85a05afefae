package respin.core.model;

import java.util.function.Supplier;
import respin.core.model.tree.CFile;

/**
 * The syntax tree of a unit, built on first use and kept. It is derived from the
 * unit's text, so two holders are equal whatever they hold: a unit's equality is
 * that of its declaration-level model.
 */
public final class LazySyntax implements Supplier<CFile> {
    private final Supplier<CFile> build;
    private volatile CFile tree;

    /** {@code build} makes the tree; null when the unit has none (then {@link #get} throws). */
    public LazySyntax(Supplier<CFile> build) {
        this.build = build;
    }

    @Override
    public CFile get() {
        CFile t = tree;
        if (t == null) {
            synchronized (this) {
                if (tree == null) {
                    if (build == null) {
                        throw new IllegalStateException("this unit was made without a syntax tree");
                    }
                    tree = build.get();
                }
                t = tree;
            }
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LazySyntax;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "syntax";
    }
}
