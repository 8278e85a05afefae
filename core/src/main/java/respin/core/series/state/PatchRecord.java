package respin.core.series.state;

import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A patch of a recorded version: the identity that survives a rebase (the recipe step's id),
 * the recipe steps merged into it (the step itself first), its commit and its subject. A hand
 * edit carried over from an earlier version has the step id {@code hand-N} and the one part
 * {@link #HAND_EDIT}.
 */
public record PatchRecord(String stepId, List<String> parts, ObjectId commit, String subject) {
    /** The one part of a hand edit carried over from an earlier version (its step id is {@code hand-N}). */
    public static final String HAND_EDIT = "hand-edit";

    public PatchRecord {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(subject, "subject");
        if (stepId.isBlank() || stepId.contains(" ") || stepId.contains(",")) {
            throw new IllegalArgumentException("a step id is one word: '" + stepId + "'");
        }
        parts = parts == null || parts.isEmpty() ? List.of(stepId) : List.copyOf(parts);
    }

    /** Whether this is a hand edit carried over, not a patch the recipe made. */
    public boolean isHandEdit() {
        return parts.equals(List.of(HAND_EDIT));
    }
}
