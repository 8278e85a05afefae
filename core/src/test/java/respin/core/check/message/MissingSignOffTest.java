package respin.core.check.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.PatchChecker;
import respin.core.check.Samples;
import respin.core.check.report.CheckReport;
import respin.core.check.report.Rule;

class MissingSignOffTest {
    private static final Rule RULE = new MissingSignOff();

    @Test
    void reportsACommitWithoutSignedOffBy() {
        assertEquals("""
                ERROR: Missing Signed-off-by: line(s)

                total: 1 errors, 0 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                missing-sign-off.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "missing-sign-off.patch"));
    }

    @Test
    void tersePutsItOnTheLastLineOfThePatch() {
        assertEquals("""
                missing-sign-off.patch:22: ERROR: Missing Signed-off-by: line(s)
                total: 1 errors, 0 warnings, 4 lines checked
                """, new CheckReport().terse(true).format(new PatchChecker().rules(java.util.List.of(RULE))
                        .check(Samples.load("missing-sign-off.patch"))));
    }

    @Test
    void signedOffPatchIsReadyForSubmission() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                missing-eof-newline-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "missing-eof-newline-clean.patch"));
    }

    @Test
    void coverLetterNeedsNoSignOff() {
        assertEquals("""
                total: 0 errors, 0 warnings, 0 lines checked

                series/0000-cover-letter.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "series/0000-cover-letter.patch"));
    }

    @Test
    void bareDiffWithoutCommitMessageNeedsNoSignOff() {
        assertEquals("""
                total: 0 errors, 0 warnings, 15 lines checked

                plain-diff.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "plain-diff.patch"));
    }
}
