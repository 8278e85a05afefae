package respin.core.series;

import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A patch of a recorded version: the identity that survives a rebase (the recipe step's id),
 * the recipe steps merged into it (the step itself first), its commit and its subject.
 */
public record PatchRecord(String stepId, List<String> parts, ObjectId commit, String subject) {
    public PatchRecord {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(subject, "subject");
        if (stepId.isBlank() || stepId.contains(" ") || stepId.contains(",")) {
            throw new IllegalArgumentException("a step id is one word: '" + stepId + "'");
        }
        parts = parts == null || parts.isEmpty() ? List.of(stepId) : List.copyOf(parts);
    }
}
