package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=OPEN_BRACE}. */
class OpenBraceTest {
    private static final Rule RULE = new OpenBrace();

    @Test
    void reportsBracesOnTheWrongLine() {
        assertEquals("""
                ERROR: open brace '{' following function definitions go on the next line
                #19: FILE: drivers/misc/foo.c:2:
                +static int foo(int a) {

                ERROR: that open brace { should be on the previous line
                #20: FILE: drivers/misc/foo.c:3:
                +	if (a)
                +	{

                ERROR: open brace '{' following struct go on the same line
                #27: FILE: drivers/misc/foo.c:10:
                +struct bar
                +{

                ERROR: that open brace { should be on the previous line
                #31: FILE: drivers/misc/foo.c:14:
                +static int arr[] =
                +{ 1, 2 };

                ERROR: open brace '{' following function definitions go on the next line
                #32: FILE: drivers/misc/foo.c:15:
                +int
                +baz(int a,
                +    int b) {

                total: 5 errors, 0 warnings, 20 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                open-brace.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "open-brace.patch"));
    }

    @Test
    void kernelStyleBracesAreFine() {
        assertEquals("""
                total: 0 errors, 0 warnings, 18 lines checked

                line-spacing.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "line-spacing.patch"));
    }
}
