package respin.core.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.PatchChecker;
import respin.core.check.Samples;
import respin.core.check.patch.PatchText;

class CheckReportTest {
    @Test
    void headsEachPatchOfARunAndEndsWithTheFalsePositivesNote() {
        assertEquals("""
                ---------------------------
                series/0002-net-add-m.patch
                ---------------------------
                WARNING: please, no spaces at the start of a line
                #20: FILE: net/core/n.c:3:
                +  static int m;$

                total: 0 errors, 1 warnings, 0 checks, 3 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                series/0002-net-add-m.patch has style problems, please review.
                ------------------------------
                series/0000-cover-letter.patch
                ------------------------------
                total: 0 errors, 0 warnings, 0 checks, 0 lines checked

                series/0000-cover-letter.patch has no obvious style problems and is ready for submission.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report("series/0002-net-add-m.patch", "series/0000-cover-letter.patch"));
    }

    @Test
    void stopsAtAnEmptyFileAsCheckpatchDoes() {
        assertEquals("""
                -------------------
                leading-space.patch
                -------------------
                WARNING: please, no spaces at the start of a line
                #21: FILE: drivers/misc/foo.c:8:
                +  foo = 1;$

                total: 0 errors, 1 warnings, 10 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                leading-space.patch has style problems, please review.
                -----------
                empty.patch
                -----------
                """, Samples.report("leading-space.patch", "empty.patch", "code-indent.patch"));
        assertEquals("", Samples.report("empty.patch"));
    }

    @Test
    void terseGivesOneLinePerFindingAndTotalsOnlyForPatchesWithProblems() {
        assertEquals("""
                missing-sign-off.patch:22: ERROR: Missing Signed-off-by: line(s)
                total: 1 errors, 0 warnings, 4 lines checked
                space-before-tab.patch:21: WARNING: please, no space before tabs
                space-before-tab.patch:23: WARNING: please, no space before tabs
                total: 0 errors, 2 warnings, 6 lines checked
                """, new CheckReport().terse(true).format(Samples.check(new PatchChecker(),
                "missing-sign-off.patch", "series/0000-cover-letter.patch", "space-before-tab.patch")));
    }

    @Test
    void showTypesNamesEachFindingsType() {
        assertEquals("""
                WARNING:MISSING_EOF_NEWLINE: adding a line without newline at end of file
                #21: FILE: drivers/misc/foo.c:5:
                +static int a;

                total: 0 errors, 1 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                missing-eof-newline.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, new CheckReport().showTypes(true)
                .format(new PatchChecker().check(Samples.load("missing-eof-newline.patch"))));
    }

    @Test
    void printsAFindingOutsideAHunkWithItsLineOnly() {
        PatchText p = PatchText.parse("p.patch", "Subject: x\n\nbody\n");
        Finding f = Finding.at(Level.CHECK, "X", "about the body", p.line(3), false);
        CheckResult r = new CheckResult(p, java.util.List.of(f), 0, true);
        assertEquals("""
                CHECK: about the body
                #3:\s
                body

                total: 0 errors, 0 warnings, 1 checks, 0 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                p.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, new CheckReport().format(r));
    }
}
