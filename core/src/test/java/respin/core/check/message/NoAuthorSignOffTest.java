package respin.core.check.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=NO_AUTHOR_SIGN_OFF}. */
class NoAuthorSignOffTest {
    private static final Rule RULE = new NoAuthorSignOff();

    @Test
    void reportsSignOffsThatLeaveOutTheAuthor() {
        assertEquals("""
                ERROR: Missing Signed-off-by: line by nominal patch author 'Ann Dev <ann@example.com>'

                total: 1 errors, 0 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                no-author-sign-off.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "no-author-sign-off.patch"));
    }

    @Test
    void authorWhoSignsOffIsFine() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                missing-eof-newline-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "missing-eof-newline-clean.patch"));
    }

    @Test
    void aPartialMatchIsAnotherRulesBusiness() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                from-sign-off-address.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "from-sign-off-address.patch"));
    }
}
