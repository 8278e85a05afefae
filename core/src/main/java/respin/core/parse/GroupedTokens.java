package respin.core.parse;

import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The tokens the parser reads: the visible tokens of a file, with each balanced
 * {@code (...)} and {@code [...]} group, and each {@code {...}} right after '=',
 * folded into one token. A token remembers the visible tokens it stands for.
 */
final class GroupedTokens {
    private GroupedTokens() {
    }

    /** A parser token standing for visible tokens {@code first..last}. */
    static final class Grouped extends CommonToken {
        private static final long serialVersionUID = 1L;
        final int first;
        final int last;

        Grouped(Pair<TokenSource, CharStream> source, int type, Toks t, int first, int last) {
            super(source, type, Token.DEFAULT_CHANNEL, t.start[first], t.end[last] - 1);
            setText(type == CLexer.PARENS ? "(...)" : type == CLexer.BRACKETS ? "[...]"
                    : type == CLexer.INIT_BRACES ? "{...}" : t.text(first));
            this.first = first;
            this.last = last;
        }
    }

    /** Appends the parser's tokens for {@code t} to {@code out}. */
    static void fill(Toks t, Pair<TokenSource, CharStream> source, List<Token> out) {
        int prev = -1;
        int prevPrev = -1;
        for (int i = 0; i < t.size(); i++) {
            int ty = t.type[i];
            int m = t.match[i];
            Grouped g;
            if (m > i && ty == CLexer.LPAREN) {
                g = new Grouped(source, CLexer.PARENS, t, i, m);
            } else if (m > i && ty == CLexer.LBRACKET) {
                g = new Grouped(source, CLexer.BRACKETS, t, i, m);
            } else if (m > i && ty == CLexer.LBRACE && (prev == CLexer.ASSIGN || prev == CLexer.LPAREN
                    && (prevPrev == CLexer.ASSIGN || prevPrev == CLexer.RETURN))) {
                // an initializer, or a compound literal: x = (struct foo) { ... }
                g = new Grouped(source, CLexer.INIT_BRACES, t, i, m);
            } else {
                g = new Grouped(source, ty, t, i, i);
            }
            g.setTokenIndex(out.size());
            out.add(g);
            prevPrev = prev;
            prev = ty;
            i = g.last;
        }
    }
}
