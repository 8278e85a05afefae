package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

class LeadingSpaceTest {
    private static final Rule RULE = new LeadingSpace();

    @Test
    void reportsCodeStartingWithSpacesButNotDirectivesOrLabels() {
        assertEquals("""
                WARNING: please, no spaces at the start of a line
                #21: FILE: drivers/misc/foo.c:8:
                +  foo = 1;$

                total: 0 errors, 1 warnings, 10 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                leading-space.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "leading-space.patch"));
    }

    @Test
    void leavesCommentsAloneIncludingOnesOpenedBeforeTheHunk() {
        assertEquals("""
                WARNING: please, no spaces at the start of a line
                #34: FILE: drivers/misc/foo.c:24:
                +  "string";$

                WARNING: please, no spaces at the start of a line
                #35: FILE: drivers/misc/foo.c:25:
                +  'c';$

                total: 0 errors, 2 warnings, 20 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                comment-context.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "comment-context.patch"));
    }

    @Test
    void cleanPatchIsReadyForSubmission() {
        assertEquals("""
                total: 0 errors, 0 warnings, 8 lines checked

                code-indent-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "code-indent-clean.patch"));
    }
}
