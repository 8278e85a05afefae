package respin.core.parse.lex;

import java.util.Arrays;

/**
 * Keeps the parser's nesting within {@link #MAX} levels: fed the tokens that
 * {@link GroupedTokens} keeps, in order, it tells where a block, struct body or
 * braceless statement would nest deeper, and how far the construct reaches; the
 * grouping folds it into one {@code DEEP} token, which the model keeps as opaque.
 *
 * <p>Nesting counts open braces, braceless control statements in a row
 * ({@code if (a) if (b) ...}) and {@code else if} chains, which the grammar also
 * nests. The estimate is on tokens only, so it may fold a little early or late; it
 * never lets the depth grow past {@code 2 * MAX}.
 */
public final class NestingLimit {
    static final int MAX = 200;
    public static final String REASON = "nested deeper than " + MAX + " levels";
    private final Toks t;
    /** The nesting at each open brace, and the else-if chain of each block level. */
    private int[] base = new int[16];
    private int[] elseIfs = new int[16];
    private int level;
    private int chain;

    NestingLimit(Toks t) {
        this.t = t;
    }

    /** Whether {@link #fold} must see a token of type {@code ty}: it passes over all others. */
    static boolean nests(int ty) {
        return NESTS[ty];
    }

    private static final boolean[] NESTS = new boolean[CLexer.VOCABULARY.getMaxTokenType() + 1];

    static {
        for (int ty : new int[] {CLexer.LBRACE, CLexer.RBRACE, CLexer.SEMI, CLexer.IF, CLexer.ELSE, CLexer.FOR,
                CLexer.WHILE, CLexer.DO, CLexer.SWITCH}) {
            NESTS[ty] = true;
        }
    }

    /** The last token of a fold starting at {@code i}, or -1; {@code block} says a '{' at {@code i} opens a block. */
    int fold(int i, boolean block) {
        int ty = t.type[i];
        int nest = base[level] + chain + elseIfs[level];
        if (ty == CLexer.LBRACE && block) {
            if (nest + 1 > MAX && t.match[i] > i) {
                chain = 0;
                return t.match[i];
            }
            if (level + 1 == base.length) {
                base = Arrays.copyOf(base, base.length * 2);
                elseIfs = Arrays.copyOf(elseIfs, elseIfs.length * 2);
            }
            base[++level] = nest + 1;
            elseIfs[level] = 0;
            chain = 0;
        } else if (ty == CLexer.RBRACE) {
            if (level > 0) {
                level--;
            }
            endStatement(i);
        } else if (ty == CLexer.SEMI) {
            endStatement(i);
        } else if (ty == CLexer.ELSE && t.is(i + 1, CLexer.IF)) {
            elseIfs[level]++;
        } else if (ty == CLexer.IF || ty == CLexer.FOR || ty == CLexer.WHILE || ty == CLexer.SWITCH
                || ty == CLexer.DO || ty == CLexer.ELSE) {
            chain++;
        } else {
            return -1;
        }
        // an else-if is folded from its 'else', which the 'if' after it would nest one deeper
        int ahead = ty == CLexer.ELSE && t.is(i + 1, CLexer.IF) ? 1 : 0;
        if (base[level] + chain + elseIfs[level] + ahead > MAX && ty != CLexer.SEMI && ty != CLexer.RBRACE) {
            chain = 0;
            elseIfs[level] = 0;
            return statementEnd(i);
        }
        return -1;
    }

    private void endStatement(int i) {
        chain = 0;
        if (!t.is(i + 1, CLexer.ELSE)) {
            elseIfs[level] = 0;
        }
    }

    /** The last token of the statement that starts at {@code i}, with its else branches. */
    private int statementEnd(int i) {
        int k = i;
        while (k < t.size()) {
            int ty = t.type[k];
            int m = t.match[k];
            if (ty == CLexer.LBRACE && m > k || ty == CLexer.SEMI) {
                int end = ty == CLexer.SEMI ? k : m;
                if (t.is(end + 1, CLexer.ELSE)) {
                    k = end + 2;
                    continue;
                }
                return end;
            }
            if (ty == CLexer.RBRACE || ty == CLexer.RPAREN || ty == CLexer.RBRACKET) {
                return Math.max(i, k - 1);
            }
            k = (ty == CLexer.LPAREN || ty == CLexer.LBRACKET) && m > k ? m + 1 : k + 1;
        }
        return t.size() - 1;
    }
}
