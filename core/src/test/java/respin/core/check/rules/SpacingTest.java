package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=SPACING}. */
class SpacingTest {
    private static final Rule RULE = new Spacing();

    @Test
    void reportsSpacesAroundCallsCommasAndStars() {
        assertEquals("""
                WARNING: space prohibited between function name and open parenthesis '('
                #22: FILE: drivers/misc/foo.c:5:
                +	int x = bar (a,b);

                ERROR: space required after that ',' (ctx:VxV)
                #22: FILE: drivers/misc/foo.c:5:
                +	int x = bar (a,b);
                 	              ^

                ERROR: space prohibited before that ',' (ctx:WxW)
                #24: FILE: drivers/misc/foo.c:7:
                +	x = baz(a , b);
                 	          ^

                ERROR: need consistent spacing around '*' (ctx:WxV)
                #25: FILE: drivers/misc/foo.c:8:
                +	x = a *b;
                 	      ^

                ERROR: space prohibited after that '*' (ctx:WxW)
                #26: FILE: drivers/misc/foo.c:9:
                +	x = * p;
                 	    ^

                total: 4 errors, 1 warnings, 15 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                spacing.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "spacing.patch"));
    }

    @Test
    void strictPrefersSpacesAroundABinaryStar() {
        assertEquals("""
                WARNING: space prohibited between function name and open parenthesis '('
                #22: FILE: drivers/misc/foo.c:5:
                +	int x = bar (a,b);

                ERROR: space required after that ',' (ctx:VxV)
                #22: FILE: drivers/misc/foo.c:5:
                +	int x = bar (a,b);
                 	              ^

                ERROR: space prohibited before that ',' (ctx:WxW)
                #24: FILE: drivers/misc/foo.c:7:
                +	x = baz(a , b);
                 	          ^

                CHECK: spaces preferred around that '*' (ctx:WxV)
                #25: FILE: drivers/misc/foo.c:8:
                +	x = a *b;
                 	      ^

                ERROR: space prohibited after that '*' (ctx:WxW)
                #26: FILE: drivers/misc/foo.c:9:
                +	x = * p;
                 	    ^

                total: 3 errors, 1 warnings, 1 checks, 15 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                spacing.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "spacing.patch", true));
    }
}
