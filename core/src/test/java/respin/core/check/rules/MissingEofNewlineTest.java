package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.PatchChecker;
import respin.core.check.Samples;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckReport;
import respin.core.check.report.Rule;

class MissingEofNewlineTest {
    private static final Rule RULE = new MissingEofNewline();

    @Test
    void reportsAnAddedLastLineWithoutNewline() {
        assertEquals("""
                WARNING: adding a line without newline at end of file
                #21: FILE: drivers/misc/foo.c:5:
                +static int a;

                total: 0 errors, 1 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                missing-eof-newline.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "missing-eof-newline.patch"));
    }

    @Test
    void cleanPatchIsReadyForSubmission() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                missing-eof-newline-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "missing-eof-newline-clean.patch"));
    }

    @Test
    void ignoresARemovedLastLineWithoutNewline() {
        PatchText p = PatchText.parse("x.patch", """
                diff --git a/x.c b/x.c
                --- a/x.c
                +++ b/x.c
                @@ -1 +1 @@
                -int x;
                \\ No newline at end of file
                +int x;
                """);
        assertEquals("total: 0 errors, 0 warnings, 3 lines checked\n\n"
                + "x.patch has no obvious style problems and is ready for submission.\n",
                new CheckReport().format(new PatchChecker().rules(java.util.List.of(RULE)).check(p)));
    }
}
