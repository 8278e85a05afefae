package respin.core.check.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import respin.core.check.patch.PatchText;

/**
 * One list of findings from respin's rules and checkpatch.pl's: a finding both report (same
 * line, level, type and message) appears once, as respin has it; the rest keep checkpatch's
 * order, each of respin's own placed after checkpatch's findings on lines up to its own.
 */
public final class CheckMerge {
    private CheckMerge() {}

    /** {@code ours} with {@code theirs} (the script's findings on the same patch) merged in. */
    public static CheckResult merge(CheckResult ours, List<Finding> theirs) {
        PatchText patch = ours.patch();
        List<Finding> left = new ArrayList<>(ours.findings());
        List<Finding> merged = new ArrayList<>();
        for (Finding t : theirs) {
            Finding same = left.stream().filter(o -> sameFinding(patch, o, t)).findFirst().orElse(null);
            if (same != null) {
                left.remove(same);
            }
            merged.add(same != null ? same : t);
        }
        for (Finding o : left) {
            int at = merged.size();
            while (at > 0 && line(patch, merged.get(at - 1)) > line(patch, o)) {
                at--;
            }
            merged.add(at, o);
        }
        return new CheckResult(patch, merged, ours.linesChecked(), ours.showChecks());
    }

    private static boolean sameFinding(PatchText patch, Finding a, Finding b) {
        return a.level() == b.level() && a.type().equals(b.type()) && a.message().equals(b.message())
                && Objects.equals(handle(patch, a), handle(patch, b));
    }

    /** The line a finding is reported on, as the terse report names it. */
    private static int handle(PatchText patch, Finding f) {
        return f.patchLine() != null ? f.patchLine() : patch.handleLine();
    }

    /** Where a finding sorts: its line, or after every line for one about the whole patch. */
    private static long line(PatchText patch, Finding f) {
        return f.patchLine() != null ? f.patchLine() : Long.MAX_VALUE;
    }
}
