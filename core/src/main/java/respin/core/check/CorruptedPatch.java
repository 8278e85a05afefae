package respin.core.check;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * ERROR:CORRUPTED_PATCH on the first line within a hunk's counts that is neither added, removed,
 * context, blank nor a {@code \ No newline} marker (a wrapped line). checkpatch reports it once
 * per run, so {@link PatchChecker#checkAll} keeps only the first patch's.
 */
public final class CorruptedPatch implements Rule {
    static final String TYPE = "CORRUPTED_PATCH";
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
