package respin.core.check.rules;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.patch.SourceFiles;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * ERROR:CODE_INDENT on an added line whose indentation has a space before a tab or eight spaces
 * in a row.
 */
public final class CodeIndent implements Rule {
    private static final int F = Pattern.UNIX_LINES;
    private static final Pattern SPACE_TAB = Pattern.compile("^\\+\\s* \t\\s*\\S", F);
    private static final Pattern EIGHT_SPACES = Pattern.compile("^\\+\\s*        \\s*", F);

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        for (PatchLine l : patch.lines()) {
            if (SourceFiles.addedIn(l, SourceFiles.INDENTED)
                    && (SPACE_TAB.matcher(l.text()).find() || EIGHT_SPACES.matcher(l.text()).find())) {
                out.accept(Finding.at(Level.ERROR, "CODE_INDENT",
                        "code indent should use tabs where possible", l, true));
            }
        }
    }
}
