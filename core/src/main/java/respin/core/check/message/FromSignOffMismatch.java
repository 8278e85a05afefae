package respin.core.check.message;

import java.util.function.Consumer;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * FROM_SIGN_OFF_MISMATCH when the author's sign-off differs from the {@code From:} line: in
 * the comments (a CHECK), the name, the address, or the address's {@code +subaddress}.
 */
public final class FromSignOffMismatch implements Rule {
    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        if (!patch.isPatch() || !patch.hasCommitLog() || patch.signOffs() == 0) {
            return;
        }
        Author a = Author.scan(patch);
        String what = switch (a.match()) {
            case 2 -> "comments";
            case 3 -> "name";
            case 4 -> "address";
            case 5 -> "subaddress";
            default -> null;
        };
        if (what != null) {
            out.accept(Finding.ofPatch(a.match() == 2 ? Level.CHECK : Level.WARNING, "FROM_SIGN_OFF_MISMATCH",
                    "From:/Signed-off-by: email " + what + " mismatch: 'From: " + a.author()
                            + "' != 'Signed-off-by: " + a.signOff() + "'"));
        }
    }
}
