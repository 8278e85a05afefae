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

    void plan(PlanContext ctx);
}
