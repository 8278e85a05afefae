package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.check.PatchChecker;
import respin.core.check.Samples;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckReport;

class LongLineTest {
    @Test
    void reportsLinesPast100ColumnsWithCheckpatchsThreeTypes() {
        PatchText p = Samples.load("long-line.patch");
        assertEquals("""
                long-line.patch:21: WARNING:LONG_LINE: line length of 101 exceeds 100 columns
                long-line.patch:23: WARNING:LONG_LINE: line length of 101 exceeds 100 columns
                long-line.patch:28: WARNING:LONG_LINE_COMMENT: line length of 110 exceeds 100 columns
                long-line.patch:29: WARNING:LONG_LINE: line length of 110 exceeds 100 columns
                long-line.patch:30: WARNING:LONG_LINE_STRING: line length of 110 exceeds 100 columns
                long-line.patch:31: WARNING:LONG_LINE: line length of 101 exceeds 100 columns
                long-line.patch:32: WARNING:LONG_LINE_COMMENT: line length of 101 exceeds 100 columns
                long-line.patch:33: WARNING:LONG_LINE: line length of 130 exceeds 100 columns
                long-line.patch:34: WARNING:LONG_LINE_COMMENT: line length of 120 exceeds 100 columns
                total: 0 errors, 9 warnings, 17 lines checked
                """, new CheckReport().terse(true).showTypes(true)
                .format(new PatchChecker().rules(List.of(new LongLine())).check(p)));
    }

    @Test
    void reportShowsTheLineAsItIs() {
        assertEquals("""
                WARNING: line length of 101 exceeds 100 columns
                #21: FILE: drivers/misc/foo.c:5:
                +static int a = 1111111111111111111111111111111111111111111111111111111111111111111111111111111111111;

                WARNING: line length of 101 exceeds 100 columns
                #23: FILE: drivers/misc/foo.c:7:
                +\tfoo = ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff;

                WARNING: line length of 110 exceeds 100 columns
                #28: FILE: drivers/misc/foo.c:12:
                +static int c; /* cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc */

                WARNING: line length of 110 exceeds 100 columns
                #29: FILE: drivers/misc/foo.c:13:
                +static const char *s = "tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt";

                WARNING: line length of 110 exceeds 100 columns
                #30: FILE: drivers/misc/foo.c:14:
                +\tfoo = strlen("vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv");

                WARNING: line length of 101 exceeds 100 columns
                #31: FILE: drivers/misc/foo.c:15:
                +static int d; /* ééééééééééééééééééééééééééééééééééééé */ int e;

                WARNING: line length of 101 exceeds 100 columns
                #32: FILE: drivers/misc/foo.c:16:
                +static int g; /* €€€€€€€€€€€€€€€€€€€€€€€€€€€ */

                WARNING: line length of 130 exceeds 100 columns
                #33: FILE: drivers/misc/foo.c:17:
                +\tdev_err(dev, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa "late string\\n");

                WARNING: line length of 120 exceeds 100 columns
                #34: FILE: drivers/misc/foo.c:18:
                +\tbar(bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, 1); /* trailing comment */

                total: 0 errors, 9 warnings, 17 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                long-line.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(new LongLine(), "long-line.patch"));
    }

    @Test
    void allowsExactly100ColumnsLogCallsStringsDefinesAndUrls() {
        assertEquals("""
                total: 0 errors, 0 warnings, 9 lines checked

                long-line-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(new LongLine(), "long-line-clean.patch"));
    }

    @Test
    void honoursAnotherLimit() {
        assertEquals("""
                WARNING: line length of 100 exceeds 80 columns
                #21: FILE: drivers/misc/foo.c:5:
                +static int b = 222222222222222222222222222222222222222222222222222222222222222222222222222222222222;

                WARNING: line length of 100 exceeds 80 columns
                #26: FILE: drivers/misc/foo.c:10:
                +static int c; /* éééééééééééééééééééééééééééééééééééééééé */

                total: 0 errors, 2 warnings, 9 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                long-line-clean.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(new LongLine(80), "long-line-clean.patch"));
    }

    @Test
    void checksOnlySourceFiles() {
        String longText = "x".repeat(120);
        PatchText p = PatchText.parse("x.patch", "diff --git a/tools/x.py b/tools/x.py\n"
                + "--- a/tools/x.py\n+++ b/tools/x.py\n@@ -1 +1,2 @@\n x\n+" + longText + "\n"
                + "diff --git a/scripts/x.sh b/scripts/x.sh\n"
                + "--- a/scripts/x.sh\n+++ b/scripts/x.sh\n@@ -1 +1,2 @@\n x\n+" + longText + "\n");
        assertEquals("""
                x.patch:12: WARNING:LONG_LINE: line length of 120 exceeds 100 columns
                total: 0 errors, 1 warnings, 4 lines checked
                """, new CheckReport().terse(true).showTypes(true).format(new PatchChecker().check(p)));
    }
}
