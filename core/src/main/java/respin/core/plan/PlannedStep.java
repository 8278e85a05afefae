package respin.core.plan;

import java.util.List;
import respin.core.edit.TextEdit;

/** A step of the finished plan: one patch of the series. */
public record PlannedStep(String id, String subject, String body, List<TextEdit> edits) {
}
