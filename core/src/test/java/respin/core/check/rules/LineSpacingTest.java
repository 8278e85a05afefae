package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=LINE_SPACING}. */
class LineSpacingTest {
    private static final Rule RULE = new LineSpacing();

    @Test
    void reportsAMissingBlankLineAfterDeclarations() {
        assertEquals("""
                WARNING: Missing a blank line after declarations
                #22: FILE: drivers/misc/foo.c:5:
                +	int a = 1;
                +	a++;

                total: 0 errors, 1 warnings, 18 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                line-spacing.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "line-spacing.patch"));
    }

    @Test
    void strictAlsoWantsBlankLinesAfterBlocksAndNoDoubleBlankLines() {
        assertEquals("""
                WARNING: Missing a blank line after declarations
                #22: FILE: drivers/misc/foo.c:5:
                +	int a = 1;
                +	a++;

                CHECK: Please use a blank line after function/struct/union/enum declarations
                #25: FILE: drivers/misc/foo.c:8:
                +}
                +static int bar;

                CHECK: Please don't use multiple blank lines
                #27: FILE: drivers/misc/foo.c:10:
                +
                +

                total: 0 errors, 1 warnings, 2 checks, 18 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                line-spacing.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "line-spacing.patch", true));
    }
}
