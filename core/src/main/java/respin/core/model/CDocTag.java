package respin.core.model;

import java.util.ArrayList;
import java.util.List;
import respin.core.model.source.LineMap;
import respin.core.model.source.Span;

/**
 * One {@code @name:} line of a kernel-doc comment, naming a parameter or a member;
 * {@code span} runs from the '@' to the end of that line.
 */
public record CDocTag(String name, Span span) {

    /** The {@code @name:} lines of the comment at {@code doc} in {@code text}, in order. */
    public static List<CDocTag> of(String text, LineMap lines, Span doc) {
        List<CDocTag> out = new ArrayList<>();
        if (doc == null) {
            return out;
        }
        int i = doc.start();
        while (i < doc.end()) {
            int eol = i;
            while (eol < doc.end() && text.charAt(eol) != '\n') {
                eol++;
            }
            int k = i;
            while (k < eol && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '*'
                    || text.charAt(k) == '/')) {
                k++;
            }
            if (k < eol && text.charAt(k) == '@') {
                int n = k + 1;
                while (n < eol && (Character.isLetterOrDigit(text.charAt(n)) || text.charAt(n) == '_'
                        || text.charAt(n) == '.')) {
                    n++;
                }
                if (n > k + 1 && n < eol && text.charAt(n) == ':') {
                    int e = eol;
                    while (e > n && Character.isWhitespace(text.charAt(e - 1))) {
                        e--;
                    }
                    out.add(new CDocTag(text.substring(k + 1, n), lines.span(k, e)));
                }
            }
            i = eol + 1;
        }
        return out;
    }
}
