package respin.core.check;

import java.util.function.Consumer;

/**
 * One checkpatch.pl-style check over a parsed patch.
 *
 * <p>A rule is pure: it reads the patch and hands each finding to {@code out}, in patch order.
 */
@FunctionalInterface
public interface Rule {
    void check(PatchText patch, Consumer<Finding> out);
}
