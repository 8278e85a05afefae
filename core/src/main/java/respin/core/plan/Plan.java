package respin.core.plan;

import java.util.List;

/**
 * What a recipe does to a tree: steps with their edits, every site looked at, what is
 * left for a human, the fields and parameters whose type changes, and the files the plan
 * loaded beyond the candidate scan ({@link Widening}).
 */
public record Plan(Recipe recipe, List<PlannedStep> steps, List<Site> sites, List<Leftover> leftovers,
        List<String> notes, List<TypeChange> typeChanges, Widening widening) {

    /** A plan that loaded no file beyond the candidate scan. */
    public Plan(Recipe recipe, List<PlannedStep> steps, List<Site> sites, List<Leftover> leftovers,
            List<String> notes, List<TypeChange> typeChanges) {
        this(recipe, steps, sites, leftovers, notes, typeChanges, Widening.NONE);
    }
}
