package respin.core.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A migration: steps of rewriters, and the words of the series that carries it.
 *
 * <p>{@code finish} rewriters run after every step has planned (conversions at use
 * sites need to know every type change); their edits go to the step they name.
 */
public record Recipe(String name, String description, String coverSubject, String coverBlurb,
        List<RecipeStep> steps, List<Rewriter> finish) {

    /** This recipe with every step split as {@code split} (the command line's {@code --split}). */
    public Recipe withSplit(Split split) {
        return new Recipe(name, description, coverSubject, coverBlurb,
                steps.stream().map(s -> s.withSplit(split)).toList(), finish);
    }

    /** Every identifier a rewriter of this recipe names: the candidate scan looks for these. */
    public Set<String> identifiers() {
        Set<String> out = new LinkedHashSet<>();
        for (RecipeStep s : steps) {
            s.rewriters().forEach(r -> out.addAll(r.identifiers()));
        }
        finish.forEach(r -> out.addAll(r.identifiers()));
        return out;
    }
}
