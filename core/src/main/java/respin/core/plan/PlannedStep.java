package respin.core.plan;

import java.util.List;
import respin.core.edit.TextEdit;

/**
 * A step of the finished plan: one patch of the series. {@code parts} are the ids of the
 * recipe steps it holds: its own first, then those merged into it so that every commit builds.
 */
public record PlannedStep(String id, String subject, String body, List<TextEdit> edits, List<String> parts) {
    public PlannedStep {
        parts = parts == null || parts.isEmpty() ? List.of(id) : List.copyOf(parts);
    }

    public PlannedStep(String id, String subject, String body, List<TextEdit> edits) {
        this(id, subject, body, edits, List.of(id));
    }
}
