package respin.core.parse.tree;

import java.util.ArrayList;
import java.util.List;
import respin.core.model.tree.CAssignment;
import respin.core.model.tree.CBinary;
import respin.core.model.tree.CComma;
import respin.core.model.tree.CConditional;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/**
 * Expressions of unpreprocessed kernel C, by precedence climbing over a token range.
 *
 * <p>Prefix operators and casts are gathered in a loop and postfix operators applied in
 * a loop, so long runs ({@code * * * ...}, {@code a + b + ...}) cost no stack; only a
 * nested group or a right operand of higher precedence recurses, through
 * {@link Syntax#enter}. A range that is not one expression from end to end becomes a
 * {@link respin.core.model.tree.COpaqueExpression} with the reason, never a guess.
 */
final class ExpressionParser {
    /** Binary operators of one precedence in a row that make one left-leaning chain of nodes, at most. */
    static final int MAX_CHAIN = 10_000;
    private final Syntax s;
    private final Toks t;
    private final Initializers inits;
    private final CastsAndTypes types;
    final Arguments arguments;
    /** The next token, the end of the range being parsed, why the last range failed. */
    private final Cursor c = new Cursor();
    private final UnaryParser unaries;

    ExpressionParser(Syntax s) {
        this.s = s;
        this.t = s.t;
        this.inits = new Initializers(s, this);
        this.types = new CastsAndTypes(s);
        this.arguments = new Arguments(s, this);
        this.unaries = new UnaryParser(s, this, c);
    }

    Initializers initializers() {
        return inits;
    }

    CastsAndTypes types() {
        return types;
    }

    /** Tokens {@code [from, to)} as one expression (comma expressions too when {@code comma}); null when empty. */
    CExpression full(int from, int to, boolean comma) {
        if (from >= to) {
            return null;
        }
        int[] stop = new int[1];
        CExpression e = partial(from, to, comma, stop);
        if (e == null || stop[0] < to) {
            return s.opaqueExpr(from, to, e == null ? c.why : after(stop[0]));
        }
        return e;
    }

    /**
     * The longest expression that starts at {@code from} and ends before {@code to}, or null;
     * {@code stop[0]} is where it ended.
     */
    CExpression partial(int from, int to, boolean comma, int[] stop) {
        int saveP = c.p;
        int saveEnd = c.end;
        c.p = from;
        c.end = to;
        c.why = null;
        CExpression e;
        if (!s.enter()) {
            e = s.opaqueExpr(from, to, Syntax.TOO_DEEP);
            c.p = to;
        } else {
            try {
                e = comma ? comma() : assignment();
            } finally {
                s.exit();
            }
        }
        if (e == null && c.why == null) {
            c.why = c.p < c.end ? "'" + s.text(c.p) + "' cannot start an expression" : "expression missing";
        }
        stop[0] = c.p;
        c.p = saveP;
        c.end = saveEnd;
        return e;
    }

    private String after(int k) {
        int ty = s.type(k);
        String what = ty == CLexer.IDENT ? "a word" : ty == CLexer.STRING ? "a string"
                : ty == CLexer.NUMBER ? "a number" : "'" + s.text(k) + "'";
        return what + " after a complete expression";
    }

    private CExpression comma() {
        CExpression first = assignment();
        if (first == null || !at(CLexer.COMMA)) {
            return first;
        }
        List<CTree> parts = new ArrayList<>(List.of(first));
        List<CExpression> list = new ArrayList<>(List.of(first));
        while (at(CLexer.COMMA)) {
            parts.add(s.tok(c.p++));
            CExpression next = assignment();
            if (next == null) {
                return null;
            }
            parts.add(next);
            list.add(next);
        }
        return new CComma(s.span(parts), parts, List.copyOf(list));
    }

    CExpression assignment() {
        CExpression left = binary(1);
        if (left == null) {
            return null;
        }
        if (at(CLexer.QUESTION)) {
            List<CTree> parts = new ArrayList<>(List.of(left, s.tok(c.p++)));
            CExpression then = null;
            if (!at(CLexer.COLON)) {
                then = nested(true);
                if (then == null) {
                    return null;
                }
                parts.add(then);
            }
            if (!at(CLexer.COLON)) {
                c.why = "'?' without ':'";
                return null;
            }
            parts.add(s.tok(c.p++));
            CExpression otherwise = nested(false);
            if (otherwise == null) {
                return null;
            }
            parts.add(otherwise);
            return new CConditional(s.span(parts), parts, left, then, otherwise);
        }
        if (c.p < c.end && (t.type[c.p] == CLexer.ASSIGN || t.type[c.p] == CLexer.OP && Operators.isAssignment(s.text(c.p)))) {
            CToken op = s.tok(c.p++);
            CExpression value = nested(false);
            if (value == null) {
                return null;
            }
            List<CTree> parts = List.of(left, op, value);
            return new CAssignment(s.span(parts), parts, left, op.text(), value);
        }
        return left;
    }

    /** An operand that needs recursion: an assignment (or comma) expression from here, within the budget. */
    private CExpression nested(boolean comma) {
        if (!s.enter()) {
            CExpression o = s.opaqueExpr(c.p, c.end, Syntax.TOO_DEEP);
            c.p = c.end;
            return o;
        }
        try {
            return comma ? comma() : assignment();
        } finally {
            s.exit();
        }
    }

    private CExpression binary(int minPrec) {
        CExpression left = unaries.unary();
        for (int chain = 0; left != null && c.p < c.end; chain++) {
            if (chain == MAX_CHAIN) {
                c.why = "more than " + MAX_CHAIN + " operators in a row";
                return null;
            }
            int prec = Operators.binary(t.type[c.p], s.text(c.p));
            if (prec < minPrec || prec == 0) {
                break;
            }
            CToken op = s.tok(c.p++);
            CExpression right;
            if (!s.enter()) {
                right = s.opaqueExpr(c.p, c.end, Syntax.TOO_DEEP);
                c.p = c.end;
            } else {
                try {
                    right = binary(prec + 1);
                } finally {
                    s.exit();
                }
            }
            if (right == null) {
                return null;
            }
            List<CTree> parts = List.of(left, op, right);
            left = new CBinary(s.span(parts), parts, left, op.text(), right);
        }
        return left;
    }

    private boolean at(int ty) {
        return c.p < c.end && t.type[c.p] == ty;
    }

}
