package respin.core.parse.tree;

import java.util.ArrayList;
import java.util.List;
import respin.core.model.tree.CCast;
import respin.core.model.tree.CCompoundLiteral;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CFieldAccess;
import respin.core.model.tree.CIdentifier;
import respin.core.model.tree.CInitializerList;
import respin.core.model.tree.CInvocation;
import respin.core.model.tree.CLiteral;
import respin.core.model.tree.CParens;
import respin.core.model.tree.CStatementExpression;
import respin.core.model.tree.CSubscript;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CTypeName;
import respin.core.model.tree.CTypeOperator;
import respin.core.model.tree.CUnary;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/**
 * The operand level of expressions: prefix operators and casts gathered in a loop,
 * a primary (name, literal, parenthesised or statement expression, braced list,
 * {@code typeof}), then postfix operators (call, subscript, member, {@code ++}) in a
 * loop, so that a long run costs no stack. Shares its position with the
 * {@link ExpressionParser} that calls it.
 */
final class UnaryParser {
    private final Syntax s;
    private final Toks t;
    private final ExpressionParser exprs;
    private final Cursor c;

    UnaryParser(Syntax s, ExpressionParser exprs, Cursor c) {
        this.s = s;
        this.t = s.t;
        this.exprs = exprs;
        this.c = c;
    }

    /** Prefix operators and casts (gathered in a loop), a primary, postfix operators. */
    CExpression unary() {
        List<List<CTree>> prefixes = new ArrayList<>();
        CExpression operand = null;
        while (c.p < c.end && operand == null) {
            if (prefixes.size() > Syntax.MAX_DEPTH) {
                c.why = Syntax.TOO_DEEP;
                return null;
            }
            int ty = t.type[c.p];
            String text = s.text(c.p);
            if (ty == CLexer.STAR || ty == CLexer.AMP || ty == CLexer.OP && Operators.isPrefix(text)) {
                prefixes.add(List.of(s.tok(c.p++)));
            } else if (ty == CLexer.IDENT && Operators.isSizeof(text) && !s.is(c.p + 1, CLexer.LPAREN)) {
                prefixes.add(List.of(s.tok(c.p++)));
            } else if (ty == CLexer.IDENT && Operators.isSizeof(text) && exprs.types().isTypeInParens(c.p + 1)
                    && !s.is(t.match[c.p + 1] + 1, CLexer.LBRACE)) {
                int close = t.match[c.p + 1];
                CTypeName type = exprs.types().typeName(c.p + 2, close);
                List<CTree> parts = List.of(s.tok(c.p), s.tok(c.p + 1), type, s.tok(close));
                operand = new CTypeOperator(s.span(parts), parts, text, type);
                c.p = close + 1;
            } else if (ty == CLexer.IDENT && Operators.isSizeof(text)) {
                prefixes.add(List.of(s.tok(c.p++)));
            } else if (ty == CLexer.LPAREN && exprs.types().isCast(c.p, c.end)) {
                int close = t.match[c.p];
                CTypeName type = exprs.types().typeName(c.p + 1, close);
                if (s.is(close + 1, CLexer.LBRACE) && s.close(close + 1, c.end) > 0) {
                    var list = exprs.initializers().list(close + 1);
                    List<CTree> parts = List.of(s.tok(c.p), type, s.tok(close), list);
                    operand = new CCompoundLiteral(s.span(parts), parts, type, list);
                    c.p = t.match[close + 1] + 1;
                } else {
                    prefixes.add(List.of(s.tok(c.p), type, s.tok(close)));
                    c.p = close + 1;
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
        if (c.p >= c.end) {
            return null;
        }
        int ty = t.type[c.p];
        if (ty == CLexer.STRING || ty == CLexer.IDENT && s.is(c.p + 1, CLexer.STRING) && c.p + 1 < c.end) {
            return strings();
        }
        if (ty == CLexer.IDENT && Operators.isTypeof(s.text(c.p)) && s.close(c.p + 1, c.end) > 0) {
            int close = t.match[c.p + 1];
            CTree operand = exprs.types().isTypeInParens(c.p + 1) ? exprs.types().typeName(c.p + 2, close) : exprs.full(c.p + 2, close, true);
            List<CTree> parts = new ArrayList<>(List.of(s.tok(c.p), s.tok(c.p + 1)));
            if (operand != null) {
                parts.add(operand);
            }
            parts.add(s.tok(close));
            c.p = close + 1;
            return new CTypeOperator(s.span(parts), parts, ((CToken) parts.get(0)).text(), operand);
        }
        if (ty == CLexer.IDENT) {
            CToken name = s.tok(c.p++);
            return new CIdentifier(name.span(), List.of(name), name.text());
        }
        if (ty == CLexer.NUMBER || ty == CLexer.CHAR) {
            CToken lit = s.tok(c.p++);
            return new CLiteral(lit.span(), List.of(lit), ty == CLexer.NUMBER ? CLiteral.Kind.NUMBER
                    : CLiteral.Kind.CHAR);
        }
        if (ty == CLexer.LBRACE && s.close(c.p, c.end) > 0) {
            CInitializerList list = exprs.initializers().list(c.p);
            c.p = t.match[c.p] + 1;
            return list;
        }
        if (ty == CLexer.LPAREN && s.close(c.p, c.end) > 0) {
            int close = t.match[c.p];
            if (s.is(c.p + 1, CLexer.LBRACE) && t.match[c.p + 1] == close - 1) {
                var body = s.stmts.compound(c.p + 1);
                List<CTree> parts = List.of(s.tok(c.p), body, s.tok(close));
                c.p = close + 1;
                return new CStatementExpression(s.span(parts), parts, body);
            }
            if (close == c.p + 1) {
                c.why = "empty parentheses";
                return null;
            }
            CExpression inner = exprs.full(c.p + 1, close, true);
            List<CTree> parts = List.of(s.tok(c.p), inner, s.tok(close));
            c.p = close + 1;
            return new CParens(s.span(parts), parts, inner);
        }
        return null;
    }

    /** Adjacent strings and the words or macro calls between them: {@code KERN_ERR "x" PRIu64 "\n"}. */
    private CExpression strings() {
        int from = c.p;
        c.p = Operators.stringsEnd(s, c.p, c.end);
        return new CLiteral(s.span(from, c.p), s.toks(from, c.p), CLiteral.Kind.STRING);
    }

    private CExpression postfix(CExpression e) {
        while (e != null && c.p < c.end) {
            int ty = t.type[c.p];
            if (ty == CLexer.LPAREN && s.close(c.p, c.end) > 0) {
                int close = t.match[c.p];
                List<CTree> parts = new ArrayList<>(List.of(e));
                List<CTree> args = exprs.arguments.list(c.p, close, parts);
                c.p = close + 1;
                e = new CInvocation(s.span(parts), parts, e, args);
            } else if (ty == CLexer.LBRACKET && s.close(c.p, c.end) > 0) {
                int close = t.match[c.p];
                CExpression index = exprs.full(c.p + 1, close, true);
                if (index == null) {
                    c.why = "empty subscript";
                    return null;
                }
                List<CTree> parts = List.of(e, s.tok(c.p), index, s.tok(close));
                c.p = close + 1;
                e = new CSubscript(s.span(parts), parts, e, index);
            } else if ((ty == CLexer.ARROW || ty == CLexer.DOT) && c.p + 1 < c.end && t.isWord(c.p + 1)) {
                CToken member = s.tok(c.p + 1);
                List<CTree> parts = List.of(e, s.tok(c.p), member);
                c.p += 2;
                e = new CFieldAccess(s.span(parts), parts, e, ty == CLexer.ARROW, member);
            } else if (ty == CLexer.OP && (s.text(c.p).equals("++") || s.text(c.p).equals("--"))) {
                CToken op = s.tok(c.p++);
                List<CTree> parts = List.of(e, op);
                e = new CUnary(s.span(parts), parts, op.text(), e, true);
            } else {
                break;
            }
        }
        return e;
    }

    private boolean at(int ty) {
        return c.p < c.end && t.type[c.p] == ty;
    }
}
