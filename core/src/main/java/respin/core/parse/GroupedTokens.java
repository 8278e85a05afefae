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
                    : type == CLexer.INIT_BRACES ? "{...}" : type == CLexer.MACRO_LINE ? t.text(first) + "(...)"
                    : t.text(first));
            this.first = first;
            this.last = last;
        }
    }

    /** Appends the parser's tokens for {@code t} to {@code out}. */
    static void fill(Toks t, Pair<TokenSource, CharStream> source, List<Token> out) {
        int prev = -1;
        int prevPrev = -1;
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            int ty = t.type[i];
            int m = t.match[i];
            Grouped g;
            if (depth == 0 && isMacroLine(t, i, prev)) {
                g = new Grouped(source, CLexer.MACRO_LINE, t, i, t.match[i + 1]);
            } else if (m > i && ty == CLexer.LPAREN) {
                g = new Grouped(source, CLexer.PARENS, t, i, m);
            } else if (m > i && ty == CLexer.LBRACKET) {
                g = new Grouped(source, CLexer.BRACKETS, t, i, m);
            } else if (m > i && ty == CLexer.LBRACE && (prev == CLexer.ASSIGN || prev == CLexer.LPAREN
                    && (prevPrev == CLexer.ASSIGN || prevPrev == CLexer.RETURN || prevPrev == CLexer.AMP
                    || prevPrev == CLexer.COMMA || prevPrev == CLexer.OP))) {
                // an initializer, or a compound literal: x = (struct foo) { ... }, p = &(struct foo) { ... }
                g = new Grouped(source, CLexer.INIT_BRACES, t, i, m);
            } else {
                g = new Grouped(source, ty, t, i, i);
            }
            if (g.first == g.last && ty == CLexer.LBRACE) {
                depth++;
            } else if (ty == CLexer.RBRACE && depth > 0) {
                depth--;
            }
            g.setTokenIndex(out.size());
            out.add(g);
            prevPrev = prev;
            prev = g.getType() == CLexer.MACRO_LINE ? CLexer.MACRO_LINE : ty;
            i = g.last;
        }
    }

    /**
     * {@code NAME(...)} at {@code i} that starts a line after a complete item (or the
     * file's start) and ends its line before another word, or the end of the file:
     * an invocation such as {@code SENSE_CODE(0x0000, "...")} or
     * {@code ACPI_EXPORT_SYMBOL(f)} that has no ';' to end it.
     */
    private static boolean isMacroLine(Toks t, int i, int prev) {
        if (t.type[i] != CLexer.IDENT || !t.is(i + 1, CLexer.LPAREN) || t.match[i + 1] < 0) {
            return false;
        }
        int close = t.match[i + 1];
        boolean afterItem = i == 0 || prev == CLexer.SEMI || prev == CLexer.RBRACE || prev == CLexer.MACRO_LINE;
        if (!afterItem || (i > 0 && !newlineBetween(t, i - 1, i))) {
            return false;
        }
        return close + 1 == t.size() || t.type[close + 1] == CLexer.IDENT && newlineBetween(t, close, close + 1);
    }

    private static boolean newlineBetween(Toks t, int a, int b) {
        int nl = t.text.indexOf('\n', t.end[a]);
        return nl >= 0 && nl < t.start[b];
    }
}
