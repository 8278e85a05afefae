package respin.core.parse.lex;

import java.util.Arrays;

/**
 * The parser-visible tokens of one file as flat arrays, with matching brackets.
 *
 * <p>Indexes here are "visible" indexes: the n-th token on the default channel.
 */
public final class Toks {
    public final String text;
    /** The text's bytes, one per char. */
    final byte[] bytes;
    public final int[] type;
    public final int[] start;
    public final int[] end;
    public final int[] match;

    public Toks(CScanner all) {
        this.text = all.text;
        this.bytes = all.bytes;
        int n = all.visible;
        type = new int[n];
        start = new int[n];
        end = new int[n];
        if (all.size - all.visible == all.directiveCount) {
            copyBetweenDirectives(all);
            match = Arrays.copyOf(all.match, n);
        } else {
            copyVisible(all);
            match = matchBrackets(type);
        }
    }

    /** For each token, the index of the bracket that matches it, or -1. */
    private static int[] matchBrackets(int[] type) {
        int n = type.length;
        int[] match = new int[n];
        Arrays.fill(match, -1);
        int[] stack = new int[16];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            int ty = type[i];
            if (ty == CLexer.LPAREN || ty == CLexer.LBRACKET || ty == CLexer.LBRACE) {
                if (depth == stack.length) {
                    stack = Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
            } else if (ty == CLexer.RPAREN || ty == CLexer.RBRACKET || ty == CLexer.RBRACE) {
                int want = ty == CLexer.RPAREN ? CLexer.LPAREN : ty == CLexer.RBRACKET ? CLexer.LBRACKET : CLexer.LBRACE;
                if (depth > 0 && type[stack[depth - 1]] == want) {
                    int open = stack[--depth];
                    match[open] = i;
                    match[i] = open;
                }
            }
        }
        return match;
    }

    /** A scan with nothing hidden but directives: the runs of tokens between them, copied whole. */
    private void copyBetweenDirectives(CScanner all) {
        int from = 0;
        int to = 0;
        for (int d = 0; d <= all.directiveCount; d++) {
            int stop = d < all.directiveCount ? all.directives[d] : all.size;
            if (stop == from) {
                from = stop + 1; // directives in a row
                continue;
            }
            System.arraycopy(all.type, from, type, to, stop - from);
            System.arraycopy(all.start, from, start, to, stop - from);
            System.arraycopy(all.end, from, end, to, stop - from);
            to += stop - from;
            from = stop + 1;
        }
    }

    private void copyVisible(CScanner all) {
        int i = 0;
        for (int k = 0; k < all.size; k++) {
            if (all.channel[k] == 0) {
                type[i] = all.type[k];
                start[i] = all.start[k];
                end[i] = all.end[k];
                i++;
            }
        }
    }

    public int size() {
        return type.length;
    }

    public String text(int i) {
        return text.substring(start[i], end[i]);
    }

    /** Whether token {@code i} is one of {@code words}. */
    public boolean in(int i, Words words) {
        return words.contains(bytes, start[i], end[i]);
    }

    public boolean is(int i, int ty) {
        return i >= 0 && i < type.length && type[i] == ty;
    }

    boolean isOpen(int i) {
        int ty = type[i];
        return ty == CLexer.LPAREN || ty == CLexer.LBRACKET || ty == CLexer.LBRACE;
    }

    /** The index after the group that opens at {@code i} (or {@code i + 1} if it is not an opener). */
    public int skip(int i, int limit) {
        if (isOpen(i)) {
            int m = match[i];
            return m < 0 || m >= limit ? limit : m + 1;
        }
        return i + 1;
    }

    /** True for identifier-like tokens, keywords included. */
    public boolean isWord(int i) {
        int ty = type[i];
        return ty == CLexer.IDENT || (ty >= CLexer.STRUCT && ty <= CLexer.DEFAULT);
    }
}
