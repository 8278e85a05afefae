package respin.core.parse;

import respin.core.model.source.LineMap;
import respin.core.model.source.Span;

/**
 * Finds the comment that documents a declaration: a kernel-doc comment, or a plain
 * comment with {@code @param:} lines, standing right before it.
 */
final class DocComments {
    private final String text;
    private final LineMap lines;

    DocComments(String text, LineMap lines) {
        this.text = text;
        this.lines = lines;
    }

    /** The kernel-doc comment that ends right before {@code offset}, with only blanks between, or null. */
    Span before(int offset) {
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 1 || text.charAt(i) != '/' || text.charAt(i - 1) != '*') {
            return null;
        }
        int open = text.lastIndexOf("/*", i - 1);
        if (open < 0 || text.startsWith("/**/", open)) {
            return null;
        }
        // kernel-doc (/**), or a plain comment that documents parameters the kernel-doc way (@name:)
        if (!text.startsWith("/**", open) && !hasParamLine(open, i)) {
            return null;
        }
        return lines.span(open, i + 1);
    }

    /**
     * Whether {@code [from, to)} holds a kernel-doc parameter line, {@code  * @name:}: a newline,
     * blanks, '*', blanks, '@', word characters and ':' (what the regular expression
     * {@code \n\s*\*\s*@\w+:} finds, read without one: this runs for every plain comment before a function).
     */
    private boolean hasParamLine(int from, int to) {
        for (int nl = text.indexOf('\n', from); nl >= 0 && nl < to; nl = text.indexOf('\n', nl + 1)) {
            int k = blanks(nl + 1, to);
            if (k >= to || text.charAt(k) != '*') {
                continue;
            }
            k = blanks(k + 1, to);
            if (k >= to || text.charAt(k) != '@') {
                continue;
            }
            int w = k + 1;
            while (w < to && isWordChar(text.charAt(w))) {
                w++;
            }
            if (w > k + 1 && w < to && text.charAt(w) == ':') {
                return true;
            }
        }
        return false;
    }

    /** The first offset from {@code k} before {@code to} that is no blank as {@code \s} means it. */
    private int blanks(int k, int to) {
        while (k < to) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
                break;
            }
            k++;
        }
        return k;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
