package respin.core.series.diff.color;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Git's whitespace rule ({@code core.whitespace}, ws.c) and how {@code git diff --color} marks
 * whitespace errors in added lines: trailing blanks, a space before a tab in the indent, and
 * the other checks the rule turns on, each error in the whitespace colour.
 */
public final class Whitespace {
    static final int BLANK_AT_EOL = 0100;
    static final int SPACE_BEFORE_TAB = 0200;
    static final int INDENT_WITH_NON_TAB = 0400;
    static final int CR_AT_EOL = 01000;
    static final int BLANK_AT_EOF = 02000;
    static final int TAB_IN_INDENT = 04000;
    static final int TRAILING_SPACE = BLANK_AT_EOL | BLANK_AT_EOF;
    static final int TAB_WIDTH_MASK = 077;
    /** Git's default: trailing-space, space-before-tab, tabs of 8 columns. */
    static final int DEFAULT_RULE = TRAILING_SPACE | SPACE_BEFORE_TAB | 8;

    private static final String[] NAMES = {"trailing-space", "space-before-tab", "indent-with-non-tab",
        "cr-at-eol", "blank-at-eol", "blank-at-eof", "tab-in-indent"};
    private static final int[] BITS = {TRAILING_SPACE, SPACE_BEFORE_TAB, INDENT_WITH_NON_TAB, CR_AT_EOL,
        BLANK_AT_EOL, BLANK_AT_EOF, TAB_IN_INDENT};

    private Whitespace() {
    }

    /** Git's {@code parse_whitespace_rule}: comma-separated names (a prefix will do), {@code -} to turn one off. */
    static int parse(String value) {
        int rule = DEFAULT_RULE;
        if (value == null) {
            return rule;
        }
        for (String part : value.split(",", -1)) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            boolean negated = name.startsWith("-");
            if (negated) {
                name = name.substring(1);
            }
            if (name.isEmpty()) {
                break;
            }
            for (int i = 0; i < NAMES.length; i++) {
                if (NAMES[i].startsWith(name)) {
                    rule = negated ? rule & ~BITS[i] : rule | BITS[i];
                    break;
                }
            }
            if (name.startsWith("tabwidth=")) {
                int width = parseInt(name.substring("tabwidth=".length()));
                if (width > 0 && width < 0100) {
                    rule = (rule & ~TAB_WIDTH_MASK) | width;
                }
            }
        }
        return rule;
    }

    private static int parseInt(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && Character.isDigit(s.charAt(i)) && n < 1000; i++) {
            n = n * 10 + s.charAt(i) - '0';
        }
        return n;
    }

    /** Git's {@code isspace}: space, tab, newline, carriage return. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Git's {@code ws_blank_line}: nothing but whitespace in {@code d[from, to)}. */
    static boolean blank(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(d[i])) {
                return false;
            }
        }
        return true;
    }

    /** Git's {@code count_trailing_blank}: blank lines at the end of the file (the first line never counts). */
    static int trailingBlank(byte[] d) {
        if (d.length == 0) {
            return 0;
        }
        int ptr = d.length - 1;
        if (d[ptr] == '\n') {
            ptr--;
        }
        int count = 0;
        while (0 < ptr) {
            int prevEol = ptr;
            while (prevEol >= 0 && d[prevEol] != '\n') {
                prevEol--;
            }
            if (!blank(d, prevEol + 1, ptr + 1)) {
                break;
            }
            count++;
            ptr = prevEol - 1;
        }
        return count;
    }

    /**
     * Git's {@code ws_check_emit}: the added line {@code d[from, to)} (its newline included)
     * in the {@code set} colour, whitespace errors in the {@code ws} colour.
     */
    static void emit(ByteArrayOutputStream out, byte[] d, int from, int to, int rule, String set, String reset,
            String ws) {
        int len = to - from;
        boolean newline = len > 0 && d[from + len - 1] == '\n';
        if (newline) {
            len--;
        }
        boolean cr = (rule & CR_AT_EOL) != 0 && len > 0 && d[from + len - 1] == '\r';
        if (cr) {
            len--;
        }
        int trailing = -1;
        if ((rule & BLANK_AT_EOL) != 0) {
            for (int i = len - 1; i >= 0 && isSpace(d[from + i]); i--) {
                trailing = i;
            }
        }
        if (trailing == -1) {
            trailing = len;
        }
        int written = 0;
        int i;
        for (i = 0; i < trailing; i++) {
            byte c = d[from + i];
            if (c == ' ') {
                continue;
            }
            if (c != '\t') {
                break;
            }
            if ((rule & SPACE_BEFORE_TAB) != 0 && written < i) {
                DiffColor.put(out, ws, d, from + written, from + i, reset);
                out.write(c);
            } else if ((rule & TAB_IN_INDENT) != 0) {
                out.write(d, from + written, i - written);
                DiffColor.put(out, ws, d, from + i, from + i + 1, reset);
            } else {
                out.write(d, from + written, i - written + 1);
            }
            written = i + 1;
        }
        if ((rule & INDENT_WITH_NON_TAB) != 0 && i - written >= (rule & TAB_WIDTH_MASK)) {
            DiffColor.put(out, ws, d, from + written, from + i, reset);
            written = i;
        }
        if (trailing - written > 0) {
            DiffColor.put(out, set, d, from + written, from + trailing, reset);
        }
        if (trailing != len) {
            DiffColor.put(out, ws, d, from + trailing, from + len, reset);
        }
        if (cr) {
            out.write('\r');
        }
        if (newline) {
            out.write('\n');
        }
    }

    /** Git's {@code count_lines}: lines of the text, a last one without newline included. */
    static int lineCount(byte[] d) {
        int count = 0;
        for (byte b : d) {
            if (b == '\n') {
                count++;
            }
        }
        return d.length > 0 && d[d.length - 1] != '\n' ? count + 1 : count;
    }
}
