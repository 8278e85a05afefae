package respin.core.plan;

import java.util.List;

/** One intended patch: its subject, its commit-message body and the rewriters that make it. */
public record RecipeStep(String id, String subject, String body, List<Rewriter> rewriters) {
}
