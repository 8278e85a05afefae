package respin.core.plan;

import java.util.Set;

/**
 * One kind of semantic change, configured by its options and composed by recipes.
 *
 * <p>{@link #plan} reads the index and records edits, sites and leftovers in the
 * context; it changes nothing else.
 */
public interface Rewriter {

    /** A short name without a final period, shown in plans. */
    String displayName();

    /** The identifiers whose files this rewriter needs parsed (functions, struct tags, fields). */
    default Set<String> identifiers() {
        return Set.of();
    }

    /**
     * Names this rewriter brings into the tree (a member, a function, a parameter): a
     * change that uses one of them does not run when this one found nothing to change.
     */
    default Set<String> adds() {
        return Set.of();
    }

    /** Names the text this rewriter inserts uses (the words of {@code dev->kvm_file = file;}). */
    default Set<String> needs() {
        return Set.of();
    }

    /**
     * Records edits, sites and leftovers; when there is nothing to change at all (no such
     * struct, function or anchor), says so with {@link PlanContext#noTarget} instead.
     */
    void plan(PlanContext ctx);
}
