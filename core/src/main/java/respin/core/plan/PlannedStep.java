package respin.core.plan;

import java.util.List;
import respin.core.edit.TextEdit;

/**
 * A step of the finished plan: one patch of the series. {@code parts} are the ids of the
 * recipe steps it holds: its own first, then those merged into it so that every commit builds.
 * {@code group} names the group of files this patch holds when its step is split (a
 * MAINTAINERS section, a directory), else it is null.
 */
public record PlannedStep(String id, String subject, String body, List<TextEdit> edits, List<String> parts,
        String group) {
    public PlannedStep {
        parts = parts == null || parts.isEmpty() ? List.of(id) : List.copyOf(parts);
    }

    public PlannedStep(String id, String subject, String body, List<TextEdit> edits, List<String> parts) {
        this(id, subject, body, edits, parts, null);
    }

    public PlannedStep(String id, String subject, String body, List<TextEdit> edits) {
        this(id, subject, body, edits, List.of(id));
    }
}
