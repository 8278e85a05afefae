package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.PatchChecker;
import respin.core.check.Samples;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckReport;
import respin.core.check.report.Rule;

class NotUnifiedDiffTest {
    private static final Rule RULE = new NotUnifiedDiff();

    @Test
    void reportsAFileWithoutADiff() {
        assertEquals("""
                ERROR: Does not appear to be a unified-diff format patch

                total: 1 errors, 0 warnings, 0 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                notes.txt has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "notes.txt"));
    }

    @Test
    void coverLetterIsNoDiffAndNoProblem() {
        assertEquals("""
                total: 0 errors, 0 warnings, 0 lines checked

                series/0000-cover-letter.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "series/0000-cover-letter.patch"));
    }

    @Test
    void aCoverLetterByAnotherNameIsNotAPatch() {
        PatchText renamed = PatchText.parse("cover.txt", Samples.load("series/0000-cover-letter.patch").lines()
                .stream().map(l -> l.text() + "\n").reduce("", String::concat));
        assertEquals("""
                cover.txt:22: ERROR:NOT_UNIFIED_DIFF: Does not appear to be a unified-diff format patch
                total: 1 errors, 0 warnings, 0 lines checked
                """, new CheckReport().terse(true).showTypes(true).format(new PatchChecker().check(renamed)));
    }
}
