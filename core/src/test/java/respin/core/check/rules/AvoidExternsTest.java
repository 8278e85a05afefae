package respin.core.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=AVOID_EXTERNS}. */
class AvoidExternsTest {
    private static final Rule RULE = new AvoidExterns();

    @Test
    void reportsExternsAndPrototypesInACFile() {
        assertEquals("""
                WARNING: externs should be avoided in .c files
                #20: FILE: drivers/misc/foo.c:3:
                +int bar(void);

                WARNING: found a file-scoped extern type:kvm_s name:kvm_start in .c file
                is this a linker symbol ?
                #21: FILE: drivers/misc/foo.c:4:
                +extern struct kvm_s kvm_start[];

                total: 0 errors, 2 warnings, 9 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                avoid-externs.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "avoid-externs.patch"));
    }

    @Test
    void reportsExternPrototypesInAHeaderWhenStrict() {
        assertEquals("""
                CHECK: extern prototypes should be avoided in .h files
                #19: FILE: include/linux/foo.h:2:
                +extern int foo(void);

                total: 0 errors, 0 warnings, 1 checks, 5 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                avoid-externs-header.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "avoid-externs-header.patch", true));
    }

    @Test
    void aHeaderMayDeclareByDefault() {
        assertEquals("""
                total: 0 errors, 0 warnings, 5 lines checked

                avoid-externs-header.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "avoid-externs-header.patch"));
    }
}
