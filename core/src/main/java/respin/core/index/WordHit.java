package respin.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An occurrence of a name as a whole word in a file, and whether it stands in code, a
 * comment or a string/character literal: what {@code git grep -w} finds, told apart.
 */
public record WordHit(String word, int start, int end, Where where) {

    /** Where a hit stands. */
    public enum Where { CODE, COMMENT, LITERAL }

    /** Every whole-word occurrence of one of {@code names} in {@code text}, in order. */
    public static List<WordHit> in(String text, Set<String> names) {
        List<WordHit> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            Where where;
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int e = text.indexOf("*/", i + 2);
                end = e < 0 ? n : e + 2;
                where = Where.COMMENT;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int e = text.indexOf('\n', i);
                end = e < 0 ? n : e;
                where = Where.COMMENT;
            } else if ((c == '"' || c == '\'') && !(i > 0 && isWord(text.charAt(i - 1)) && c == '\'')) {
                end = literalEnd(text, i);
                where = Where.LITERAL;
            } else if (isWord(c)) {
                int s = i;
                while (i < n && isWord(text.charAt(i))) {
                    i++;
                }
                if (!Character.isDigit(c) && names.contains(text.substring(s, i))) {
                    out.add(new WordHit(text.substring(s, i), s, i, Where.CODE));
                }
                continue;
            } else {
                i++;
                continue;
            }
            words(text, i, end, names, where, out);
            i = end;
        }
        return out;
    }

    private static void words(String text, int from, int to, Set<String> names, Where where, List<WordHit> out) {
        int i = from;
        while (i < to) {
            if (isWord(text.charAt(i)) && (i == 0 || !isWord(text.charAt(i - 1)))) {
                int s = i;
                while (i < to && isWord(text.charAt(i))) {
                    i++;
                }
                if (names.contains(text.substring(s, i))) {
                    out.add(new WordHit(text.substring(s, i), s, i, where));
                }
            } else {
                i++;
            }
        }
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int literalEnd(String t, int start) {
        char q = t.charAt(start);
        int i = start + 1;
        while (i < t.length() && t.charAt(i) != q && t.charAt(i) != '\n') {
            i += t.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(t.length(), i + 1);
    }
}
