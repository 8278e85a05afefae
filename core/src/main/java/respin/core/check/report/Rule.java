package respin.core.check.report;

import java.util.function.Consumer;
import java.util.function.IntPredicate;
import respin.core.check.patch.PatchText;

/**
 * One checkpatch.pl-style check over a parsed patch.
 *
 * <p>A rule is pure: it reads the patch and hands each finding to {@code out}, in patch order.
 */
@FunctionalInterface
public interface Rule {
    void check(PatchText patch, Consumer<Finding> out);

    /**
     * Like {@link #check(PatchText, Consumer)}, knowing at which patch lines checkpatch's
     * {@code $check} is on (strict mode, or a file under drivers/net/, net/, drivers/staging/):
     * a few checks report an ERROR without it and a CHECK with it.
     */
    default void check(PatchText patch, IntPredicate checking, Consumer<Finding> out) {
        check(patch, out);
    }
}
