package respin.core.check.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=GIT_COMMIT_ID}. */
class GitCommitIdTest {
    private static final Rule RULE = new GitCommitId();

    @Test
    void reportsCommitsNotNamedAsCommitHashAndQuotedTitle() {
        assertEquals("""
                ERROR: Please use git commit description style 'commit <12+ chars of sha1> ("<title line>")' - ie: 'commit 0123456789ab ("no quotes")'
                #7:\s
                ("foo: do a thing"), and commit 0123456789ab (no quotes), and commit

                ERROR: Please use git commit description style 'commit <12+ chars of sha1> ("<title line>")' - ie: 'Commit 0123456789ab ("two spaces")'
                #9:\s
                Commit  0123456789ab ("two spaces").

                total: 2 errors, 0 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                git-commit-id.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "git-commit-id.patch"));
    }

    @Test
    void acceptsTitlesWrappedOntoTheNextLine() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                git-commit-id-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "git-commit-id-clean.patch"));
    }
}
