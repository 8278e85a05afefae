package respin.core.parse;

import java.util.Arrays;
import java.util.List;
import respin.core.model.CCall;
import respin.core.model.CExpr;
import respin.core.model.CMemberAccess;
import respin.core.model.source.LineMap;
import respin.core.model.source.Span;
import respin.core.parse.lex.Annotations;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/** Finds calls and member-access chains in a run of tokens (a body, an initializer). */
final class Expressions {
    private final Toks t;
    private final LineMap lines;
    private final List<CCall> calls;
    private final List<CMemberAccess> accesses;
    private static final List<String> ARROW = List.of("->");
    private static final List<String> DOT = List.of(".");
    /** The arguments of the call being read: reused from call to call, copied into each call's list. */
    private CExpr[] args = new CExpr[8];

    Expressions(Toks t, LineMap lines, List<CCall> calls, List<CMemberAccess> accesses) {
        this.t = t;
        this.lines = lines;
        this.calls = calls;
        this.accesses = accesses;
    }

    /** Scans {@code [from, to)}; nested calls are found too. */
    void scan(int from, int to) {
        int[] type = t.type;
        // a chain or a call starts at a word followed by '->', '.' or '(': asked first of the next
        // token, as few tokens are these and the test is then mostly one well-predicted branch
        // (most tokens of a body are words, so "is it a word" branched at random)
        for (int i = from; i < to - 1; i++) {
            int next = type[i + 1];
            if (next != CLexer.LPAREN && next != CLexer.ARROW && next != CLexer.DOT) {
                continue;
            }
            if (type[i] != CLexer.IDENT || i > 0 && (type[i - 1] == CLexer.ARROW || type[i - 1] == CLexer.DOT)) {
                continue;
            }
            int chainEnd = i + 1;
            while (chainEnd + 1 < to && (type[chainEnd] == CLexer.ARROW || type[chainEnd] == CLexer.DOT)
                    && type[chainEnd + 1] == CLexer.IDENT) {
                chainEnd += 2;
            }
            boolean chain = chainEnd > i + 1;
            if (chain) {
                access(i, chainEnd);
            }
            if (chainEnd < to && type[chainEnd] == CLexer.LPAREN && !isDeclaratorParen(i)
                    && !(!chain && t.in(i, Annotations.ATTRIBUTE_CALLS))) {
                call(i, chainEnd - 1, chainEnd);
            }
        }
    }

    /** The chain {@code base->m.n} of tokens {@code [base, chainEnd)}, operators at odd offsets. */
    private void access(int base, int chainEnd) {
        int n = (chainEnd - base - 1) / 2;
        if (n == 1) { // a->b, the most common chain: lists without arrays
            int op = base + 1;
            accesses.add(new CMemberAccess(t.text(base), List.of(t.text(op + 1)), t.type[op] == CLexer.ARROW ? ARROW : DOT,
                    lines.span(t.start[base], t.end[op + 1]), List.of(t.end[op + 1])));
            return;
        }
        String[] members = new String[n];
        String[] ops = new String[n];
        Integer[] ends = new Integer[n];
        for (int k = 0; k < n; k++) {
            int op = base + 1 + 2 * k;
            ops[k] = t.type[op] == CLexer.ARROW ? "->" : ".";
            members[k] = t.text(op + 1);
            ends[k] = t.end[op + 1];
        }
        accesses.add(new CMemberAccess(t.text(base), List.of(members), List.of(ops),
                lines.span(t.start[base], t.end[chainEnd - 1]), List.of(ends)));
    }

    /** A call of the name at {@code i}: {@code name(args)} or {@code a.b(args)}. */
    void call(int first, int last, int open) {
        int close = t.match[open];
        if (close < 0) {
            return;
        }
        int start = t.start[first];
        String callee = t.text.substring(start, t.end[last]);
        // the callee's spans first, then the arguments': the line lookups then go forward
        Span calleeSpan = lines.span(start, t.end[last]);
        Span span = lines.span(calleeSpan, t.end[close]);
        Span argsSpan = lines.span(t.end[open], t.start[close]);
        int n = 0;
        int pieceStart = open + 1;
        for (int k = open + 1; k <= close; k = k < close ? t.skip(k, close) : close + 1) {
            if (k == close || t.type[k] == CLexer.COMMA) {
                if (k > pieceStart) {
                    int s = t.start[pieceStart];
                    int e = t.end[k - 1];
                    if (n == args.length) {
                        args = Arrays.copyOf(args, n * 2);
                    }
                    args[n++] = new CExpr(t.text.substring(s, e), lines.span(s, e));
                }
                pieceStart = k + 1;
            }
        }
        calls.add(new CCall(callee, calleeSpan, span, argsSpan, list(args, n)));
    }

    /** The first {@code n} arguments as an immutable list, copied once; small lists need no array. */
    private static List<CExpr> list(CExpr[] args, int n) {
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(args[0]);
            case 2 -> List.of(args[0], args[1]);
            default -> List.of(Arrays.copyOf(args, n));
        };
    }

    /**
     * {@code (*fn)(...)} in a declaration is not a call; neither is the type before it, as
     * {@code long} and {@code u32} in {@code long (*fn)(int)} and {@code u32 (*ops[2])(void)},
     * nor a word such as {@code int} that no function can be named.
     */
    private boolean isDeclaratorParen(int i) {
        if (t.is(i - 1, CLexer.STAR) && t.is(i - 2, CLexer.LPAREN) || t.in(i, Annotations.TYPE_WORDS)) {
            return true;
        }
        int open = i + 1;
        int close = t.match[open];
        if (close < 0 || !t.is(open + 1, CLexer.STAR) || !t.is(close + 1, CLexer.LPAREN)) {
            return false;
        }
        int k = open + 1;
        while (t.is(k, CLexer.STAR)) {
            k++;
        }
        return t.is(k, CLexer.IDENT) && (k + 1 == close || t.is(k + 1, CLexer.LBRACKET) && t.match[k + 1] + 1 == close);
    }
}
