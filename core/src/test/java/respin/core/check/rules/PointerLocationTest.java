package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=POINTER_LOCATION}. */
class PointerLocationTest {
    private static final Rule RULE = new PointerLocation();

    @Test
    void reportsStarsApartFromTheirName() {
        assertEquals("""
                ERROR: "foo* bar" should be "foo *bar"
                #21: FILE: drivers/misc/foo.c:4:
                +	int* p = NULL;

                ERROR: "(foo*)" should be "(foo *)"
                #22: FILE: drivers/misc/foo.c:5:
                +	char * q = (char*)p;

                ERROR: "foo * bar" should be "foo *bar"
                #22: FILE: drivers/misc/foo.c:5:
                +	char * q = (char*)p;

                ERROR: "foo *  *bar" should be "foo **bar"
                #23: FILE: drivers/misc/foo.c:6:
                +	struct device *  *pp;

                total: 4 errors, 0 warnings, 10 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                pointer-location.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "pointer-location.patch"));
    }
}
