package respin.core.check.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=COMMIT_LOG_LONG_LINE}. */
class CommitLogLongLineTest {
    private static final Rule RULE = new CommitLogLongLine();

    @Test
    void reportsTheFirstLineLongerThan75() {
        assertEquals("""
                WARNING: Prefer a maximum 75 chars per line (possible unwrapped commit description?)
                #8:\s
                This line is a little too long for a commit message: it runs to seventy-six c.

                total: 0 errors, 1 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                commit-log-long-line.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "commit-log-long-line.patch"));
    }

    @Test
    void allowsStackDumpsAnd75Characters() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                commit-log-long-line-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "commit-log-long-line-clean.patch"));
    }
}
