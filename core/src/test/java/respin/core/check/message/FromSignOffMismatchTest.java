package respin.core.check.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=FROM_SIGN_OFF_MISMATCH}. */
class FromSignOffMismatchTest {
    private static final Rule RULE = new FromSignOffMismatch();

    @Test
    void reportsADifferentAddress() {
        assertEquals("""
                WARNING: From:/Signed-off-by: email address mismatch: 'From: Ann Dev <ann@example.com>' != 'Signed-off-by: Ann Dev <ann@example.org>'

                total: 0 errors, 1 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                from-sign-off-address.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "from-sign-off-address.patch"));
    }

    @Test
    void reportsADifferentSubaddress() {
        assertEquals("""
                WARNING: From:/Signed-off-by: email subaddress mismatch: 'From: Ann Dev <ann+kernel@example.com>' != 'Signed-off-by: Ann Dev <ann@example.com>'

                total: 0 errors, 1 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                from-sign-off-subaddress.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "from-sign-off-subaddress.patch"));
    }

    @Test
    void reportsADifferentNameOfAnEncodedAuthor() {
        assertEquals("""
                WARNING: From:/Signed-off-by: email name mismatch: 'From: "Jörg Dev" <jd@example.com>' != 'Signed-off-by: Jörg D <jd@example.com>'

                total: 0 errors, 1 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                from-sign-off-name.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "from-sign-off-name.patch"));
    }

    @Test
    void reportsDifferentCommentsOnlyWhenStrict() {
        assertEquals("""
                CHECK: From:/Signed-off-by: email comments mismatch: 'From: Ann Dev <ann@example.com> (ACME)' != 'Signed-off-by: Ann Dev <ann@example.com>'

                total: 0 errors, 0 warnings, 1 checks, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                from-sign-off-comment.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "from-sign-off-comment.patch", true));
    }

    @Test
    void differentCommentsAreACheckNotReportedByDefault() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                from-sign-off-comment.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "from-sign-off-comment.patch"));
    }

    @Test
    void identicalSignOffIsFine() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                missing-eof-newline-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "missing-eof-newline-clean.patch"));
    }
}
