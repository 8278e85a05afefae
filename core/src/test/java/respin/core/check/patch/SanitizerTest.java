package respin.core.check.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SanitizerTest {
    private static String show(String s) {
        return s.replace(Sanitizer.COMMENT, '#');
    }

    @Test
    void blanksCommentsAndLiterals() {
        Sanitizer s = new Sanitizer();
        assertEquals("+a = \"XXXX\"; #######", show(s.sanitize("+a = \"b /*\"; /* c */")));
        assertEquals("+c = 'XX'; ######", show(s.sanitize("+c = '\\''; // x y")));
        assertEquals("+\t\"X\tX\"", show(s.sanitize("+\t\"a\tb\"")));
    }

    @Test
    void carriesABlockCommentToTheNextLine() {
        Sanitizer s = new Sanitizer();
        assertEquals("+int a; ####", show(s.sanitize("+int a; /* b")));
        assertEquals("+####### int c;", show(s.sanitize("+ * d */ int c;")));
        s.reset(true);
        assertEquals(" ###", show(s.sanitize("  * ")));
    }

    @Test
    void blanksIncludePathsAndErrorText() {
        Sanitizer s = new Sanitizer();
        assertEquals("+#include <XXXXXXXXXXX>", s.sanitize("+#include <linux/abc.h>"));
        assertEquals("+#error XXXXXXXX", s.sanitize("+#error not here"));
    }
}
