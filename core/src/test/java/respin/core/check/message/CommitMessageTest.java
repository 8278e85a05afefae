package respin.core.check.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=COMMIT_MESSAGE}. */
class CommitMessageTest {
    private static final Rule RULE = new CommitMessage();

    @Test
    void reportsAMessageThatIsOnlyASignOff() {
        assertEquals("""
                WARNING: Missing commit description - Add an appropriate one

                total: 0 errors, 1 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                commit-message.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "commit-message.patch"));
    }

    @Test
    void oneLineAndASignOffAreEnough() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                commit-message-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "commit-message-clean.patch"));
    }

    @Test
    void aCoverLetterIsNotMissingOne() {
        assertEquals("""
                total: 0 errors, 0 warnings, 0 lines checked

                series/0000-cover-letter.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "series/0000-cover-letter.patch"));
    }
}
