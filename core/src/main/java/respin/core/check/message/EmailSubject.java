package respin.core.check.message;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/** WARNING:EMAIL_SUBJECT on a {@code Subject:} header that names checkpatch, sparse or smatch. */
public final class EmailSubject implements Rule {
    private static final Pattern TOOL = Pattern.compile("^Subject:.*\\b(?:checkpatch|sparse|smatch)\\b[^:]",
            Pattern.UNIX_LINES | Pattern.CASE_INSENSITIVE);

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        for (PatchLine l : patch.lines()) {
            if (patch.context().checked(l) && patch.context().inHeaderLines(l) && TOOL.matcher(l.sanitized()).find()) {
                out.accept(Finding.at(Level.WARNING, "EMAIL_SUBJECT",
                        "A patch subject line should describe the change not the tool that found it", l, false));
            }
        }
    }
}
