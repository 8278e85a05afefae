package respin.core.check.rules;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * WARNING:FILE_PATH_CHANGES, once, on the first line outside the commit message that adds,
 * deletes or renames a file ({@code new file mode}, {@code deleted file mode}, {@code rename
 * from/to}, a diffstat {@code {a => b}}), unless the diffstat names MAINTAINERS before it.
 */
public final class FilePathChanges implements Rule {
    private static final int F = Pattern.UNIX_LINES;
    private static final Pattern MAINTAINERS = Pattern.compile("^\\s*MAINTAINERS\\s*\\|", F);
    private static final Pattern MODE = Pattern.compile("^(?:new|deleted) file mode\\s*\\d+\\s*$", F);
    private static final Pattern RENAME = Pattern.compile("^rename (?:from|to) [\\w/.\\-]+\\s*$", F);
    private static final Pattern MOVE = Pattern.compile("\\{\\s*([\\w/.\\-]*)\\s*=>\\s*([\\w/.\\-]*)\\s*\\}", F);

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        for (PatchLine l : patch.lines()) {
            if (!patch.context().checked(l)) {
                continue;
            }
            String line = l.sanitized();
            if (MAINTAINERS.matcher(line).find()) {
                return;
            }
            Matcher move = MOVE.matcher(line);
            if (!patch.context().inCommitLog(l) && (MODE.matcher(line).find() || RENAME.matcher(line).find() || move.find())) {
                out.accept(Finding.at(Level.WARNING, "FILE_PATH_CHANGES",
                        "added, moved or deleted file(s), does MAINTAINERS need updating?", l, false));
                return;
            }
        }
    }
}
