package respin.core.check;

import java.util.function.Consumer;

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
