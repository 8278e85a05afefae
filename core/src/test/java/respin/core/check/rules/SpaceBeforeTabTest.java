package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

class SpaceBeforeTabTest {
    private static final Rule RULE = new SpaceBeforeTab();

    @Test
    void reportsASpaceBeforeATabAnywhereInTheLine() {
        assertEquals("""
                WARNING: please, no space before tabs
                #21: FILE: drivers/misc/foo.c:5:
                +static int a; ^I/* a */$

                WARNING: please, no space before tabs
                #23: FILE: drivers/misc/foo.c:7:
                +#define BAR ^I1$

                total: 0 errors, 2 warnings, 6 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                space-before-tab.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "space-before-tab.patch"));
    }

    @Test
    void cleanPatchIsReadyForSubmission() {
        assertEquals("""
                total: 0 errors, 0 warnings, 7 lines checked

                trailing-whitespace-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "trailing-whitespace-clean.patch"));
    }
}
