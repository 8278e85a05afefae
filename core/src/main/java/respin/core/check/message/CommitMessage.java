package respin.core.check.message;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * WARNING:COMMIT_MESSAGE when the commit message has fewer than two non-blank lines (a
 * sign-off counts) by the time it ends. Printed without context, in its place among the lines.
 */
public final class CommitMessage implements Rule {
    private static final Pattern BLANK = Pattern.compile("^\\s*$", Pattern.UNIX_LINES);

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        int lines = 0;
        for (PatchLine l : patch.lines()) {
            if (!patch.context().checked(l)) {
                continue;
            }
            if (patch.context().logBefore(l)) {
                if (!BLANK.matcher(l.sanitized()).find()) {
                    lines++;
                }
            } else if (!patch.context().inHeaderLines(l) && lines < 2) {
                out.accept(Finding.bare(Level.WARNING, "COMMIT_MESSAGE",
                        "Missing commit description - Add an appropriate one", l));
                return;
            }
        }
    }
}
