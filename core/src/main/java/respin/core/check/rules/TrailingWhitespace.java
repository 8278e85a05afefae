package respin.core.check.rules;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * ERROR:TRAILING_WHITESPACE on an added line ending in whitespace, in any file; and, checked
 * first in its place, ERROR:DOS_LINE_ENDINGS on an added line holding a carriage return.
 */
public final class TrailingWhitespace implements Rule {
    private static final int F = Pattern.UNIX_LINES;
    private static final Pattern CR = Pattern.compile("^\\+.*\r", F);
    private static final Pattern TRAILING = Pattern.compile("^\\+.*\\S\\s+$", F);
    private static final Pattern BLANK = Pattern.compile("^\\+\\s+$", F);

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        for (PatchLine l : patch.lines()) {
            if (!l.added()) {
                continue;
            }
            if (CR.matcher(l.sanitized()).find()) {
                out.accept(Finding.at(Level.ERROR, "DOS_LINE_ENDINGS", "DOS line endings", l, true));
            } else if (TRAILING.matcher(l.text()).find() || BLANK.matcher(l.text()).find()) {
                out.accept(Finding.at(Level.ERROR, "TRAILING_WHITESPACE", "trailing whitespace", l, true));
            }
        }
    }
}
