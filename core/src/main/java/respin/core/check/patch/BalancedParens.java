package respin.core.check.patch;

/**
 * checkpatch.pl's {@code $balanced_parens}, {@code (\((?:[^\(\)]++|(?-1))*\))}, which
 * java.util.regex cannot spell: a parenthesis and everything up to the one that closes it.
 */
public final class BalancedParens {
    private BalancedParens() {}

    /**
     * The end (exclusive) of the balanced group that opens at {@code start}, or -1 when
     * {@code text} has no {@code (} there or it never closes.
     */
    public static int end(CharSequence text, int start) {
        if (start >= text.length() || text.charAt(start) != '(') {
            return -1;
        }
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
