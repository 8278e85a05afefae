package respin.core.check.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=BAD_SIGN_OFF}. */
class BadSignOffTest {
    private static final Rule RULE = new BadSignOff();

    @Test
    void reportsEachWayATagLineIsWrong() {
        assertEquals("""
                WARNING: 'Signed-off-by:' is the preferred signature form
                #8:\s
                signed-off-by:  Ann Dev <ann@example.com>

                WARNING: Use a single space after Signed-off-by:
                #8:\s
                signed-off-by:  Ann Dev <ann@example.com>

                WARNING: Duplicate signature
                #9:\s
                Signed-off-by: Ann Dev <ann@example.com>

                WARNING: Do not use whitespace before Acked-by:
                #10:\s
                 Acked-By: Bob Ray <bob@example.com> extra

                WARNING: 'Acked-by:' is the preferred signature form
                #10:\s
                 Acked-By: Bob Ray <bob@example.com> extra

                WARNING: Unexpected content after email: 'Bob Ray <bob@example.com> extra', should be: 'Bob Ray <bob@example.com> (extra)'
                #10:\s
                 Acked-By: Bob Ray <bob@example.com> extra

                WARNING: Non-standard signature: 'Sigend-off-by:' - perhaps 'Signed-off-by:'?
                #11:\s
                Sigend-off-by: Bob Ray <bob@example.com>

                WARNING: Non-standard signature: Helped-by:
                #12:\s
                Helped-by: Bob Ray <bob@example.com>

                ERROR: Unrecognized email address: 'bob'
                #13:\s
                Reviewed-by: bob

                ERROR: Unrecognized email address: 'Bob Ray bob@example.com'
                #14:\s
                Tested-by: Bob Ray bob@example.com

                WARNING: Co-developed-by: must be immediately followed by Signed-off-by:
                #15:\s
                Co-developed-by: Cy Lee <cy@example.com>
                Cc: "Dee Ko" <dee@example.com>

                total: 2 errors, 9 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                bad-sign-off.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "bad-sign-off.patch"));
    }

    @Test
    void acceptsWellFormedTagsAndCoDevelopedByWithItsSignOff() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                bad-sign-off-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "bad-sign-off-clean.patch"));
    }
}
