package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=PARENTHESIS_ALIGNMENT}. */
class ParenthesisAlignmentTest {
    private static final Rule RULE = new ParenthesisAlignment();

    @Test
    void reportsContinuationsNotAlignedWithTheOpenParenthesisWhenStrict() {
        assertEquals("""
                CHECK: Alignment should match open parenthesis
                #22: FILE: drivers/misc/foo.c:5:
                +	if (bar(a, b,
                +		 c))

                CHECK: Alignment should match open parenthesis
                #30: FILE: drivers/misc/foo.c:13:
                +	ret = baz(a,
                +		b);

                total: 0 errors, 0 warnings, 2 checks, 17 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                parenthesis-alignment.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "parenthesis-alignment.patch", true));
    }

    @Test
    void isACheckNotReportedByDefault() {
        assertEquals("""
                total: 0 errors, 0 warnings, 17 lines checked

                parenthesis-alignment.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "parenthesis-alignment.patch"));
    }
}
