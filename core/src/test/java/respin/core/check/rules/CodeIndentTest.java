package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

class CodeIndentTest {
    private static final Rule RULE = new CodeIndent();

    @Test
    void reportsEightSpacesAndSpaceBeforeTabInIndentation() {
        assertEquals("""
                ERROR: code indent should use tabs where possible
                #21: FILE: drivers/misc/foo.c:8:
                +        foo = 1;$

                ERROR: code indent should use tabs where possible
                #22: FILE: drivers/misc/foo.c:9:
                +    ^Ifoo++;$

                total: 2 errors, 0 warnings, 8 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                NOTE: Whitespace errors detected.
                      You may wish to use scripts/cleanpatch or scripts/cleanfile

                code-indent.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "code-indent.patch"));
    }

    @Test
    void cleanPatchIsReadyForSubmission() {
        assertEquals("""
                total: 0 errors, 0 warnings, 8 lines checked

                code-indent-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "code-indent-clean.patch"));
    }

    @Test
    void allRulesTogetherReportEachLineInCheckpatchOrder() {
        assertEquals("""
                ERROR: code indent should use tabs where possible
                #21: FILE: drivers/misc/foo.c:8:
                +        foo = 1;$

                WARNING: please, no spaces at the start of a line
                #21: FILE: drivers/misc/foo.c:8:
                +        foo = 1;$

                ERROR: code indent should use tabs where possible
                #22: FILE: drivers/misc/foo.c:9:
                +    ^Ifoo++;$

                WARNING: please, no space before tabs
                #22: FILE: drivers/misc/foo.c:9:
                +    ^Ifoo++;$

                WARNING: please, no spaces at the start of a line
                #22: FILE: drivers/misc/foo.c:9:
                +    ^Ifoo++;$

                total: 2 errors, 3 warnings, 8 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                NOTE: Whitespace errors detected.
                      You may wish to use scripts/cleanpatch or scripts/cleanfile

                code-indent.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report("code-indent.patch"));
    }
}
