package respin.core.check.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import respin.core.check.Samples;
import respin.core.check.report.Rule;

/** Expected reports are checkpatch.pl 6.12's, run with {@code --types=EMAIL_SUBJECT}. */
class EmailSubjectTest {
    private static final Rule RULE = new EmailSubject();

    @Test
    void reportsASubjectNamingTheTool() {
        assertEquals("""
                WARNING: A patch subject line should describe the change not the tool that found it
                #4:\s
                Subject: [PATCH] foo: fix what sparse reports

                total: 0 errors, 1 warnings, 4 lines checked

                NOTE: For some of the reported defects, checkpatch may be able to
                      mechanically convert to the typical style using --fix or --fix-inplace.

                email-subject.patch has style problems, please review.

                NOTE: If any of the errors are false positives, please report
                      them to the maintainer, see CHECKPATCH in MAINTAINERS.
                """, Samples.report(RULE, "email-subject.patch"));
    }

    @Test
    void aSubjectPrefixNamingTheToolIsFine() {
        assertEquals("""
                total: 0 errors, 0 warnings, 4 lines checked

                email-subject-clean.patch has no obvious style problems and is ready for submission.
                """, Samples.report(RULE, "email-subject-clean.patch"));
    }
}
