package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=EXPORT_SYMBOL}. */
class ExportSymbolTest {
    private static final Rule RULE = new ExportSymbol();

    @Test
    void reportsAnExportAfterABlankLineOrAwayFromItsFunction() {
        assertEquals("""
                WARNING: EXPORT_SYMBOL(foo); should immediately follow its function/variable
                #26: FILE: drivers/misc/foo.c:9:
                +EXPORT_SYMBOL(bar);

                total: 0 errors, 1 warnings, 15 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                export-symbol.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "export-symbol.patch"));
    }

    @Test
    void anExportRightAfterItsDefinitionIsFine() {
        assertEquals("""
                total: 0 errors, 0 warnings, 8 lines checked

                code-indent-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "code-indent-clean.patch"));
    }
}
