package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=FUNCTION_ARGUMENTS}. */
class FunctionArgumentsTest {
    private static final Rule RULE = new FunctionArguments();

    @Test
    void reportsUnnamedArgumentsButNotEnumsOrVoid() {
        assertEquals("""
                WARNING: function definition argument 'unsigned long' should also have an identifier name
                #21: FILE: drivers/misc/foo.c:4:
                +int baz(unsigned long);

                total: 0 errors, 1 warnings, 8 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                function-arguments.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "function-arguments.patch"));
    }
}
