package respin.core.plan;

import java.util.Set;
import respin.core.model.source.Span;

/**
 * A rewriter as a recipe file lists it: the kind of change ({@code add-field}), where
 * the recipe says so, and whether the recipe lets it find nothing ({@code optional: true}).
 * It plans exactly as the rewriter it holds.
 *
 * @param origin where the change is written in the recipe file; null for a recipe made in code
 */
public record RecipeChange(String kind, Span origin, boolean optional, Rewriter rewriter) implements Rewriter {

    /** How a rewriter that is not a listed change is described: by its display name, never optional. */
    public static RecipeChange of(Rewriter r) {
        return r instanceof RecipeChange c ? c : new RecipeChange(r.displayName(), null, false, r);
    }

    @Override
    public String displayName() {
        return rewriter.displayName();
    }

    @Override
    public Set<String> identifiers() {
        return rewriter.identifiers();
    }

    @Override
    public Set<String> adds() {
        return rewriter.adds();
    }

    @Override
    public Set<String> needs() {
        return rewriter.needs();
    }

    @Override
    public void plan(PlanContext ctx) {
        rewriter.plan(ctx);
    }

    /** {@code kvm-file.yaml:63:9: add-field} or the kind alone. */
    String where() {
        return origin == null ? kind : origin + ": " + kind;
    }
}
