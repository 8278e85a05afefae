package respin.core.series.state;

import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A patch of a recorded version: the identity that survives a rebase (the recipe step's id,
 * {@code step/group-slug} for each patch of a split step), the recipe steps merged into it
 * (the step itself first), its commit, its subject and, for a patch of a split step, the name
 * of its group of files (a MAINTAINERS section, a directory; null otherwise, and in states
 * recorded before groups were). A hand edit carried over from an earlier version has the step
 * id {@code hand-N} and the one part {@link #HAND_EDIT}.
 */
public record PatchRecord(String stepId, List<String> parts, ObjectId commit, String subject, String group) {
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
        if (group != null && (group.isBlank() || group.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("a group name is one line: '" + group + "'");
        }
    }

    /** A patch of a step that was not split. */
    public PatchRecord(String stepId, List<String> parts, ObjectId commit, String subject) {
        this(stepId, parts, commit, subject, null);
    }

    /** Whether this is a hand edit carried over, not a patch the recipe made. */
    public boolean isHandEdit() {
        return parts.equals(List.of(HAND_EDIT));
    }

    /**
     * The group's slug in the step id ({@code drivers/gizmo-acme-drivers} gives
     * {@code gizmo-acme-drivers}) when this patch is one group of a split step, else null. Read
     * from the id, so states recorded before groups were recorded have it too.
     */
    public String groupSlug() {
        String step = parts.get(0) + "/";
        return stepId.startsWith(step) && stepId.length() > step.length() ? stepId.substring(step.length()) : null;
    }

    /** The group's name if recorded, else its slug, else null (a step that was not split). */
    public String groupLabel() {
        return group != null ? group : groupSlug();
    }
}
