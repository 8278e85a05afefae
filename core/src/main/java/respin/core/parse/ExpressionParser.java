package respin.core.parse;

import java.util.ArrayList;
import java.util.List;
import respin.core.model.CAssignment;
import respin.core.model.CBinary;
import respin.core.model.CCast;
import respin.core.model.CComma;
import respin.core.model.CCompoundLiteral;
import respin.core.model.CConditional;
import respin.core.model.CExpression;
import respin.core.model.CFieldAccess;
import respin.core.model.CIdentifier;
import respin.core.model.CInitializerList;
import respin.core.model.CInvocation;
import respin.core.model.CLiteral;
import respin.core.model.CParens;
import respin.core.model.CStatementExpression;
import respin.core.model.CSubscript;
import respin.core.model.CToken;
import respin.core.model.CTree;
import respin.core.model.CTypeName;
import respin.core.model.CTypeOperator;
import respin.core.model.CUnary;

/**
 * Expressions of unpreprocessed kernel C, by precedence climbing over a token range.
 *
 * <p>Prefix operators and casts are gathered in a loop and postfix operators applied in
 * a loop, so long runs ({@code * * * ...}, {@code a + b + ...}) cost no stack; only a
 * nested group or a right operand of higher precedence recurses, through
 * {@link Syntax#enter}. A range that is not one expression from end to end becomes a
 * {@link respin.core.model.COpaqueExpression} with the reason, never a guess.
 */
final class ExpressionParser {
    /** Binary operators of one precedence in a row that make one left-leaning chain of nodes, at most. */
    static final int MAX_CHAIN = 10_000;
    private final Syntax s;
    private final Toks t;
    private final Initializers inits;
    private final CastsAndTypes types;
    private final Arguments arguments;
    /** The next token, and the end of the range being parsed. */
    private int p;
    private int end;
    /** Why the last range failed, for its opaque node. */
    private String why;

    ExpressionParser(Syntax s) {
        this.s = s;
        this.t = s.t;
        this.inits = new Initializers(s, this);
        this.types = new CastsAndTypes(s);
        this.arguments = new Arguments(s, this);
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
            return s.opaqueExpr(from, to, e == null ? why : after(stop[0]));
        }
        return e;
    }

    /**
     * The longest expression that starts at {@code from} and ends before {@code to}, or null;
     * {@code stop[0]} is where it ended.
     */
    CExpression partial(int from, int to, boolean comma, int[] stop) {
        int saveP = p;
        int saveEnd = end;
        p = from;
        end = to;
        why = null;
        CExpression e;
        if (!s.enter()) {
            e = s.opaqueExpr(from, to, Syntax.TOO_DEEP);
            p = to;
        } else {
            try {
                e = comma ? comma() : assignment();
            } finally {
                s.exit();
            }
        }
        if (e == null && why == null) {
            why = p < end ? "'" + s.text(p) + "' cannot start an expression" : "expression missing";
        }
        stop[0] = p;
        p = saveP;
        end = saveEnd;
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
            parts.add(s.tok(p++));
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
            List<CTree> parts = new ArrayList<>(List.of(left, s.tok(p++)));
            CExpression then = null;
            if (!at(CLexer.COLON)) {
                then = nested(true);
                if (then == null) {
                    return null;
                }
                parts.add(then);
            }
            if (!at(CLexer.COLON)) {
                why = "'?' without ':'";
                return null;
            }
            parts.add(s.tok(p++));
            CExpression otherwise = nested(false);
            if (otherwise == null) {
                return null;
            }
            parts.add(otherwise);
            return new CConditional(s.span(parts), parts, left, then, otherwise);
        }
        if (p < end && (t.type[p] == CLexer.ASSIGN || t.type[p] == CLexer.OP && Operators.isAssignment(s.text(p)))) {
            CToken op = s.tok(p++);
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
            CExpression o = s.opaqueExpr(p, end, Syntax.TOO_DEEP);
            p = end;
            return o;
        }
        try {
            return comma ? comma() : assignment();
        } finally {
            s.exit();
        }
    }

    private CExpression binary(int minPrec) {
        CExpression left = unary();
        for (int chain = 0; left != null && p < end; chain++) {
            if (chain == MAX_CHAIN) {
                why = "more than " + MAX_CHAIN + " operators in a row";
                return null;
            }
            int prec = Operators.binary(t.type[p], s.text(p));
            if (prec < minPrec || prec == 0) {
                break;
            }
            CToken op = s.tok(p++);
            CExpression right;
            if (!s.enter()) {
                right = s.opaqueExpr(p, end, Syntax.TOO_DEEP);
                p = end;
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

    /** Prefix operators and casts (gathered in a loop), a primary, postfix operators. */
    private CExpression unary() {
        List<List<CTree>> prefixes = new ArrayList<>();
        CExpression operand = null;
        while (p < end && operand == null) {
            if (prefixes.size() > Syntax.MAX_DEPTH) {
                why = Syntax.TOO_DEEP;
                return null;
            }
            int ty = t.type[p];
            String text = s.text(p);
            if (ty == CLexer.STAR || ty == CLexer.AMP || ty == CLexer.OP && Operators.isPrefix(text)) {
                prefixes.add(List.of(s.tok(p++)));
            } else if (ty == CLexer.IDENT && Operators.isSizeof(text) && !s.is(p + 1, CLexer.LPAREN)) {
                prefixes.add(List.of(s.tok(p++)));
            } else if (ty == CLexer.IDENT && Operators.isSizeof(text) && types.isTypeInParens(p + 1)
                    && !s.is(t.match[p + 1] + 1, CLexer.LBRACE)) {
                int close = t.match[p + 1];
                CTypeName type = types.typeName(p + 2, close);
                List<CTree> parts = List.of(s.tok(p), s.tok(p + 1), type, s.tok(close));
                operand = new CTypeOperator(s.span(parts), parts, text, type);
                p = close + 1;
            } else if (ty == CLexer.IDENT && Operators.isSizeof(text)) {
                prefixes.add(List.of(s.tok(p++)));
            } else if (ty == CLexer.LPAREN && types.isCast(p, end)) {
                int close = t.match[p];
                CTypeName type = types.typeName(p + 1, close);
                if (s.is(close + 1, CLexer.LBRACE) && s.close(close + 1, end) > 0) {
                    var list = inits.list(close + 1);
                    List<CTree> parts = List.of(s.tok(p), type, s.tok(close), list);
                    operand = new CCompoundLiteral(s.span(parts), parts, type, list);
                    p = t.match[close + 1] + 1;
                } else {
                    prefixes.add(List.of(s.tok(p), type, s.tok(close)));
                    p = close + 1;
                }
            } else {
                break;
            }
        }
        if (operand == null) {
            operand = primary();
        }
        operand = postfix(operand);
        if (operand == null) {
            return null;
        }
        for (int k = prefixes.size() - 1; k >= 0; k--) {
            List<CTree> pre = prefixes.get(k);
            List<CTree> parts = new ArrayList<>(pre);
            parts.add(operand);
            if (pre.size() == 3) {
                operand = new CCast(s.span(parts), parts, (CTypeName) pre.get(1), operand);
            } else {
                String op = ((CToken) pre.get(0)).text();
                operand = Operators.isSizeof(op) ? new CTypeOperator(s.span(parts), parts, op, operand)
                        : new CUnary(s.span(parts), parts, op, operand, false);
            }
        }
        return operand;
    }

    private CExpression primary() {
        if (p >= end) {
            return null;
        }
        int ty = t.type[p];
        if (ty == CLexer.STRING || ty == CLexer.IDENT && s.is(p + 1, CLexer.STRING) && p + 1 < end) {
            return strings();
        }
        if (ty == CLexer.IDENT && Operators.isTypeof(s.text(p)) && s.close(p + 1, end) > 0) {
            int close = t.match[p + 1];
            CTree operand = types.isTypeInParens(p + 1) ? types.typeName(p + 2, close) : full(p + 2, close, true);
            List<CTree> parts = new ArrayList<>(List.of(s.tok(p), s.tok(p + 1)));
            if (operand != null) {
                parts.add(operand);
            }
            parts.add(s.tok(close));
            p = close + 1;
            return new CTypeOperator(s.span(parts), parts, ((CToken) parts.get(0)).text(), operand);
        }
        if (ty == CLexer.IDENT) {
            CToken name = s.tok(p++);
            return new CIdentifier(name.span(), List.of(name), name.text());
        }
        if (ty == CLexer.NUMBER || ty == CLexer.CHAR) {
            CToken lit = s.tok(p++);
            return new CLiteral(lit.span(), List.of(lit), ty == CLexer.NUMBER ? CLiteral.Kind.NUMBER
                    : CLiteral.Kind.CHAR);
        }
        if (ty == CLexer.LBRACE && s.close(p, end) > 0) {
            CInitializerList list = inits.list(p);
            p = t.match[p] + 1;
            return list;
        }
        if (ty == CLexer.LPAREN && s.close(p, end) > 0) {
            int close = t.match[p];
            if (s.is(p + 1, CLexer.LBRACE) && t.match[p + 1] == close - 1) {
                var body = s.stmts.compound(p + 1);
                List<CTree> parts = List.of(s.tok(p), body, s.tok(close));
                p = close + 1;
                return new CStatementExpression(s.span(parts), parts, body);
            }
            if (close == p + 1) {
                why = "empty parentheses";
                return null;
            }
            CExpression inner = full(p + 1, close, true);
            List<CTree> parts = List.of(s.tok(p), inner, s.tok(close));
            p = close + 1;
            return new CParens(s.span(parts), parts, inner);
        }
        return null;
    }

    /** Adjacent strings and the words or macro calls between them: {@code KERN_ERR "x" PRIu64 "\n"}. */
    private CExpression strings() {
        int from = p;
        p = Operators.stringsEnd(s, p, end);
        return new CLiteral(s.span(from, p), s.toks(from, p), CLiteral.Kind.STRING);
    }

    private CExpression postfix(CExpression e) {
        while (e != null && p < end) {
            int ty = t.type[p];
            if (ty == CLexer.LPAREN && s.close(p, end) > 0) {
                int close = t.match[p];
                List<CTree> parts = new ArrayList<>(List.of(e));
                List<CTree> args = arguments.list(p, close, parts);
                p = close + 1;
                e = new CInvocation(s.span(parts), parts, e, args);
            } else if (ty == CLexer.LBRACKET && s.close(p, end) > 0) {
                int close = t.match[p];
                CExpression index = full(p + 1, close, true);
                if (index == null) {
                    why = "empty subscript";
                    return null;
                }
                List<CTree> parts = List.of(e, s.tok(p), index, s.tok(close));
                p = close + 1;
                e = new CSubscript(s.span(parts), parts, e, index);
            } else if ((ty == CLexer.ARROW || ty == CLexer.DOT) && p + 1 < end && t.isWord(p + 1)) {
                CToken member = s.tok(p + 1);
                List<CTree> parts = List.of(e, s.tok(p), member);
                p += 2;
                e = new CFieldAccess(s.span(parts), parts, e, ty == CLexer.ARROW, member);
            } else if (ty == CLexer.OP && (s.text(p).equals("++") || s.text(p).equals("--"))) {
                CToken op = s.tok(p++);
                List<CTree> parts = List.of(e, op);
                e = new CUnary(s.span(parts), parts, op.text(), e, true);
            } else {
                break;
            }
        }
        return e;
    }

    private boolean at(int ty) {
        return p < end && t.type[p] == ty;
    }

}
