package respin.core.series.diff.color;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WhitespaceTest {
    @Test
    void ruleAsGitParsesCoreWhitespace() {
        assertEquals(Whitespace.DEFAULT_RULE, Whitespace.parse(null));
        assertEquals(Whitespace.BLANK_AT_EOL | Whitespace.SPACE_BEFORE_TAB | Whitespace.TAB_IN_INDENT | 4,
                Whitespace.parse("-blank-at-eof, tab-in-indent,tabwidth=4"));
        assertEquals(Whitespace.SPACE_BEFORE_TAB | 8, Whitespace.parse("-trail"), "a prefix names a rule");
    }

    @Test
    void trailingBlankLinesAsGitCountsThem() {
        assertEquals(0, Whitespace.trailingBlank(bytes("")));
        assertEquals(0, Whitespace.trailingBlank(bytes("a\n")));
        assertEquals(1, Whitespace.trailingBlank(bytes("a\n\n")));
        assertEquals(2, Whitespace.trailingBlank(bytes("a\n \n\t\n")));
        assertEquals(2, Whitespace.trailingBlank(bytes("a\n\n ")), "an incomplete blank line counts too");
        assertEquals(0, Whitespace.trailingBlank(bytes("\n")), "the first line never counts");
        assertEquals(3, Whitespace.lineCount(bytes("a\n\nb")));
        assertEquals(2, Whitespace.lineCount(bytes("a\n\n")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
