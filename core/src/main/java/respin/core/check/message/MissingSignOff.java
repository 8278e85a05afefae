package respin.core.check.message;

import java.util.function.Consumer;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * ERROR:MISSING_SIGN_OFF on a patch with a commit message and no {@code Signed-off-by:} line.
 * A cover letter, or any mail without a diff, is not a patch and needs none.
 */
public final class MissingSignOff implements Rule {
    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        if (patch.isPatch() && patch.hasCommitLog() && patch.signOffs() == 0) {
            out.accept(Finding.ofPatch(Level.ERROR, "MISSING_SIGN_OFF", "Missing Signed-off-by: line(s)"));
        }
    }
}
