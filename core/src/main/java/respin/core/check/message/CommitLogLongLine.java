package respin.core.check.message;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * WARNING:COMMIT_LOG_LONG_LINE, once per patch, on the first commit-message line longer than 75
 * bytes, except a diffstat line, a line starting with a path and a colon, a {@code Fixes:},
 * {@code Link:}, {@code Closes:} or signature tag, and lines of what looks like a stack dump.
 */
public final class CommitLogLongLine implements Rule {
    static final int MAX = 75;
    /** checkpatch's {@code $signature_tags}. */
    static final String SIGNATURE_TAGS = "(?:Signed-off-by:|Co-developed-by:|Acked-by:|Tested-by:|Reviewed-by:"
            + "|Reported-by:|Suggested-by:|Assisted-by:|To:|Cc:)";
    private static final Pattern EXEMPT = Pattern.compile("^\\s*[a-zA-Z0-9_/.]+\\s+\\|\\s+\\d+"
            + "|^\\s*(?:[\\w.\\-+]*/)++[\\w.\\-+]+:"
            + "|(?i:^\\s*(?:Fixes:|(?:Link:|Closes:)|" + SIGNATURE_TAGS + "))", Pattern.UNIX_LINES);

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        boolean[] dump = CommitLog.stackDump(patch);
        for (PatchLine l : patch.lines()) {
            if (patch.context().checked(l) && patch.context().inCommitLog(l) && CommitLog.bytes(patch, l.sanitized()) > MAX
                    && !EXEMPT.matcher(l.sanitized()).find() && !dump[l.number()]) {
                out.accept(Finding.at(Level.WARNING, "COMMIT_LOG_LONG_LINE",
                        "Prefer a maximum 75 chars per line (possible unwrapped commit description?)", l, false));
                return;
            }
        }
    }
}
