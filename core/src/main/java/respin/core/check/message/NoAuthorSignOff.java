package respin.core.check.message;

import java.util.function.Consumer;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * ERROR:NO_AUTHOR_SIGN_OFF on a patch with sign-offs of which none names the {@code From:}
 * author by name or address.
 */
public final class NoAuthorSignOff implements Rule {
    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        if (!patch.isPatch() || !patch.hasCommitLog() || patch.signOffs() == 0) {
            return;
        }
        Author a = Author.scan(patch);
        if (a.match() == 0) {
            out.accept(Finding.ofPatch(Level.ERROR, "NO_AUTHOR_SIGN_OFF",
                    "Missing Signed-off-by: line by nominal patch author '" + a.author() + "'"));
        }
    }
}
