package respin.core.parse;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The parser-visible tokens of one file as flat arrays, with matching brackets.
 *
 * <p>Indexes here are "visible" indexes: the n-th token on the default channel.
 */
final class Toks {
    final String text;
    final int[] type;
    final int[] start;
    final int[] end;
    final int[] match;

    Toks(String text, List<Token> all) {
        this.text = text;
        int n = 0;
        for (Token t : all) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                n++;
            }
        }
        type = new int[n];
        start = new int[n];
        end = new int[n];
        int v = 0;
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                type[v] = t.getType();
                start[v] = t.getStartIndex();
                end[v] = t.getStopIndex() + 1;
                v++;
            }
        }
        match = new int[n];
        Arrays.fill(match, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            int ty = type[i];
            if (ty == CLexer.LPAREN || ty == CLexer.LBRACKET || ty == CLexer.LBRACE) {
                stack.push(i);
            } else if (ty == CLexer.RPAREN || ty == CLexer.RBRACKET || ty == CLexer.RBRACE) {
                int want = ty == CLexer.RPAREN ? CLexer.LPAREN : ty == CLexer.RBRACKET ? CLexer.LBRACKET : CLexer.LBRACE;
                if (!stack.isEmpty() && type[stack.peek()] == want) {
                    int open = stack.pop();
                    match[open] = i;
                    match[i] = open;
                }
            }
        }
    }

    int size() {
        return type.length;
    }

    String text(int i) {
        return text.substring(start[i], end[i]);
    }

    boolean is(int i, int ty) {
        return i >= 0 && i < type.length && type[i] == ty;
    }

    boolean isOpen(int i) {
        int ty = type[i];
        return ty == CLexer.LPAREN || ty == CLexer.LBRACKET || ty == CLexer.LBRACE;
    }

    /** The index after the group that opens at {@code i} (or {@code i + 1} if it is not an opener). */
    int skip(int i, int limit) {
        if (isOpen(i)) {
            int m = match[i];
            return m < 0 || m >= limit ? limit : m + 1;
        }
        return i + 1;
    }

    /** True for identifier-like tokens, keywords included. */
    boolean isWord(int i) {
        int ty = type[i];
        return ty == CLexer.IDENT || (ty >= CLexer.STRUCT && ty <= CLexer.DEFAULT);
    }
}
