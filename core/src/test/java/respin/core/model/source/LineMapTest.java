package respin.core.model.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineMapTest {
    /** 40 lines of growing length, the last without a newline. */
    private static final String TEXT = text();

    private static String text() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 40; k++) {
            sb.append("x".repeat(k % 7)).append(k < 39 ? "\n" : "");
        }
        return sb.toString();
    }

    /** The line and column counted from the text itself. */
    private static String expected(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (TEXT.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }

    private static String actual(LineMap lines, int offset) {
        Span s = lines.span(offset, offset);
        return s.line() + ":" + s.col();
    }

    @Test
    void everyOffsetInOrderBackwardsAndInJumps() {
        LineMap lines = new LineMap("f.c", TEXT);
        for (int o = 0; o <= TEXT.length(); o++) {
            assertEquals(expected(o), actual(lines, o), "forward at " + o);
        }
        for (int o = TEXT.length(); o >= 0; o--) {
            assertEquals(expected(o), actual(lines, o), "backward at " + o);
        }
        // near and far jumps both ways, as spans of calls and their arguments ask
        int o = 0;
        for (int k = 0; k < 500; k++) {
            o = (o * 31 + 17 + k) % (TEXT.length() + 1);
            assertEquals(expected(o), actual(lines, o), "jump to " + o);
        }
        assertEquals(40, lines.lineCount());
        assertEquals(40, lines.line(TEXT.length()));
    }
}
