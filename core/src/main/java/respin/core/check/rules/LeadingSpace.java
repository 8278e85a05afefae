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
 * WARNING:LEADING_SPACE on an added line starting with a space, except inside a comment, before
 * a preprocessor directive and on a label.
 */
public final class LeadingSpace implements Rule {
    private static final Pattern EXEMPT = Pattern.compile(
            "^\\+ *(?:\u001c|#|[A-Za-z_][A-Za-z\\d_]*(?:\\s*##\\s*[A-Za-z_][A-Za-z\\d_]*)*:)",
            Pattern.UNIX_LINES);

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        for (PatchLine l : patch.lines()) {
            if (SourceFiles.addedIn(l, SourceFiles.INDENTED)
                    && l.text().startsWith("+ ")
                    && !EXEMPT.matcher(l.sanitized()).find()) {
                out.accept(Finding.at(Level.WARNING, "LEADING_SPACE",
                        "please, no spaces at the start of a line", l, true));
            }
        }
    }
}
