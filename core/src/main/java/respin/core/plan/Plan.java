package respin.core.plan;

import java.util.List;

/**
 * What a recipe does to a tree: steps with their edits, every site looked at, what is
 * left for a human, and the fields and parameters whose type changes.
 */
public record Plan(Recipe recipe, List<PlannedStep> steps, List<Site> sites, List<Leftover> leftovers,
        List<String> notes, List<TypeChange> typeChanges) {
}
