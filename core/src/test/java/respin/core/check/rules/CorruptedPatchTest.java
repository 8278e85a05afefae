package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=CORRUPTED_PATCH}. */
class CorruptedPatchTest {
    private static final Rule RULE = new CorruptedPatch();

    @Test
    void reportsTheFirstWrappedLine() {
        assertEquals("""
                ERROR: patch seems to be corrupt (line wrapped?)
                #20: FILE: drivers/misc/foo.c:2:
                the_second_argument);

                total: 1 errors, 0 warnings, 6 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                corrupted-patch.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "corrupted-patch.patch"));
    }

    @Test
    void aWellFormedPatchIsFine() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                missing-eof-newline-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "missing-eof-newline-clean.patch"));
    }
}
