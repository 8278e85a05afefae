package respin.core.parse;

import java.util.regex.Pattern;
import respin.core.model.source.LineMap;
import respin.core.model.source.Span;

/**
 * Finds the comment that documents a declaration: a kernel-doc comment, or a plain
 * comment with {@code @param:} lines, standing right before it.
 */
final class DocComments {
    /** A kernel-doc parameter line inside a plain comment: {@code  * @name:}. */
    private static final Pattern PARAM_LINE = Pattern.compile("\\n\\s*\\*\\s*@\\w+:");
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
        if (!text.startsWith("/**", open) && !PARAM_LINE.matcher(text).region(open, i).find()) {
            return null;
        }
        return lines.span(open, i + 1);
    }
}
