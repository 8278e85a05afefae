package respin.core.plan;

import java.util.List;

/**
 * One intended patch: its subject, its commit-message body and the rewriters that make it;
 * {@code split} makes it one patch per group of its files instead ({@link Split#NONE}: one).
 */
public record RecipeStep(String id, String subject, String body, List<Rewriter> rewriters, Split split) {
    public RecipeStep {
        split = split == null ? Split.NONE : split;
    }

    public RecipeStep(String id, String subject, String body, List<Rewriter> rewriters) {
        this(id, subject, body, rewriters, Split.NONE);
    }

    /** This step split as {@code s}. */
    public RecipeStep withSplit(Split s) {
        return new RecipeStep(id, subject, body, rewriters, s);
    }
}
