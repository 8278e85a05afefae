package respin.core.check.rules;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * ERROR:CORRUPTED_PATCH on the first line within a hunk's counts that is neither added, removed,
 * context, blank nor a {@code \ No newline} marker (a wrapped line). checkpatch reports it once
 * per run, so {@link PatchChecker#checkAll} keeps only the first patch's.
 */
public final class CorruptedPatch implements Rule {
    public static final String TYPE = "CORRUPTED_PATCH";
    private static final Pattern FINE = Pattern.compile("^(?:\\+|-| |\\\\ No newline|$)", Pattern.UNIX_LINES);

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        for (PatchLine l : patch.lines()) {
            if (patch.context().checked(l) && l.inHunk() && !FINE.matcher(l.sanitized()).find()) {
                out.accept(Finding.at(Level.ERROR, TYPE, "patch seems to be corrupt (line wrapped?)", l, false));
                return;
            }
        }
    }
}
