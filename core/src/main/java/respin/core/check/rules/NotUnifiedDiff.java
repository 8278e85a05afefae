package respin.core.check.rules;

import java.util.function.Consumer;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * ERROR:NOT_UNIFIED_DIFF on a file with no diff in it, unless its name ends in
 * {@code cover-letter.patch}.
 */
public final class NotUnifiedDiff implements Rule {
    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        if (!patch.isPatch() && !patch.isCoverLetter()) {
            out.accept(Finding.ofPatch(Level.ERROR, "NOT_UNIFIED_DIFF",
                    "Does not appear to be a unified-diff format patch"));
        }
    }
}
