package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=FILE_PATH_CHANGES}. */
class FilePathChangesTest {
    private static final Rule RULE = new FilePathChanges();

    @Test
    void reportsAddedAndRenamedFilesOnce() {
        assertEquals("""
                WARNING: added, moved or deleted file(s), does MAINTAINERS need updating?
                #11:\s
                 drivers/misc/{baz.c => qux.c}      | 0

                total: 0 errors, 1 warnings, 1 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                file-path-changes.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "file-path-changes.patch"));
    }

    @Test
    void aPatchThatUpdatesMaintainersIsFine() {
        assertEquals("""
                total: 0 errors, 0 warnings, 3 lines checked

                file-path-changes-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "file-path-changes-clean.patch"));
    }
}
