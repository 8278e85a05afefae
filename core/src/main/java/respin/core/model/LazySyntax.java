package respin.core.model;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import respin.core.model.tree.CFile;

/**
 * The syntax tree of a unit, built on first use and kept until {@link #release}. It is
 * derived from the unit's text, so two holders are equal whatever they hold: a unit's
 * equality is that of its declaration-level model.
 *
 * <p>A tree takes many times its file's bytes, so a run lets the trees go once it has
 * planned; a later {@link #get} builds the tree again from the text, and
 * {@link #account()} counts such re-parses.
 */
public final class LazySyntax implements Supplier<CFile> {
    private static final AtomicLong BUILT = new AtomicLong();
    private static final AtomicLong REBUILT = new AtomicLong();
    private static final AtomicLong NANOS = new AtomicLong();

    private final Supplier<CFile> build;
    private volatile CFile tree;
    private boolean released;

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
                    long t0 = System.nanoTime();
                    tree = build.get();
                    NANOS.addAndGet(System.nanoTime() - t0);
                    BUILT.incrementAndGet();
                    if (released) {
                        REBUILT.incrementAndGet();
                    }
                }
                t = tree;
            }
        }
        return t;
    }

    /** Whether the tree is built and held now. */
    public boolean isBuilt() {
        return tree != null;
    }

    /**
     * Lets the tree go; the next {@link #get} parses the text again (and another tree's nodes
     * are not this one's: call it only where no node of the tree is still in use).
     */
    public synchronized void release() {
        if (tree != null) {
            tree = null;
            released = true;
        }
    }

    /**
     * {@code syntax trees: 1240 built, 12 of them again after a release, 3.1 s}, for this process
     * so far (the time summed over threads).
     */
    public static String account() {
        return String.format("syntax trees: %d built, %d of them again after a release, %.1f s", BUILT.get(),
                REBUILT.get(), NANOS.get() / 1e9);
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
