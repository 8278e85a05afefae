package respin.core.plan;

import java.util.List;

/** Sentences for commit messages: lists joined with "and", lines wrapped for mail. */
public final class Prose {
    private Prose() {
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * Wraps at {@code width} columns on spaces; a word longer than that stays whole. Spaces at
     * the end are dropped, as are those at a break; a run of spaces elsewhere is kept.
     */
    public static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0) {
            return "";
        }
        int col = 0;
        int from = 0;
        while (from <= end) {
            int space = text.indexOf(' ', from);
            int to = space < 0 || space > end ? end : space;
            String word = text.substring(from, to);
            from = to + 1;
            if (col > 0 && col + 1 + word.length() > width) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        return out.toString();
    }
}
