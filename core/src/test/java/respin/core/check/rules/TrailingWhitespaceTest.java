package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.PatchChecker;
import respin.core.check.Samples;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckReport;
import respin.core.check.report.Rule;

class TrailingWhitespaceTest {
    private static final Rule RULE = new TrailingWhitespace();

    @Test
    void reportsSpacesTabsAndWhitespaceOnlyLines() {
        assertEquals("""
                ERROR: trailing whitespace
                #21: FILE: drivers/misc/foo.c:5:
                +static int a; $

                ERROR: trailing whitespace
                #22: FILE: drivers/misc/foo.c:6:
                +static int b;^I$

                ERROR: trailing whitespace
                #23: FILE: drivers/misc/foo.c:7:
                +^I$

                total: 3 errors, 0 warnings, 7 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                NOTE: Whitespace errors detected.
                      You may wish to use scripts/cleanpatch or scripts/cleanfile

                trailing-whitespace.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "trailing-whitespace.patch"));
    }

    @Test
    void reportsCarriageReturnsAsDosLineEndingsInstead() {
        assertEquals("""
                ERROR: DOS line endings
                #21: FILE: drivers/misc/foo.c:5:
                +static int a;^M$

                ERROR: DOS line endings
                #22: FILE: drivers/misc/foo.c:6:
                +static int b; /* b */^M$

                total: 2 errors, 0 warnings, 5 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                dos-line-endings.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "dos-line-endings.patch"));
    }

    @Test
    void cleanPatchIsReadyForSubmission() {
        assertEquals("""
                total: 0 errors, 0 warnings, 7 lines checked

                trailing-whitespace-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "trailing-whitespace-clean.patch"));
    }

    @Test
    void checksEveryKindOfFileButOnlyAddedLines() {
        PatchText p = PatchText.parse("x.patch", """
                diff --git a/Documentation/x.rst b/Documentation/x.rst
                --- a/Documentation/x.rst
                +++ b/Documentation/x.rst
                @@ -1,2 +1,2 @@
                 context\s
                -removed\s
                +added\s
                """);
        assertEquals("""
                x.patch:7: ERROR:TRAILING_WHITESPACE: trailing whitespace
                total: 1 errors, 0 warnings, 3 lines checked
                """, new CheckReport().terse(true).showTypes(true).format(new PatchChecker().check(p)));
    }
}
