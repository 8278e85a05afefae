package respin.core.parse.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import respin.core.model.tree.CAsm;
import respin.core.model.tree.CAsmOperand;
import respin.core.model.tree.CCaseLabel;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CExpressionStatement;
import respin.core.model.tree.CJump;
import respin.core.model.tree.CLabel;
import respin.core.model.tree.CReturn;
import respin.core.model.tree.CStmt;
import respin.core.model.tree.CTree;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/** Statements that end at a known token: labels, case labels, jumps, returns, inline assembly, strays. */
final class SimpleStatements {
    private static final Set<String> ASM = Set.of("asm", "__asm__", "__asm");
    private static final Set<String> ASM_QUALIFIERS = Set.of("volatile", "__volatile__", "__volatile", "goto",
            "inline", "__inline__", "__inline");
    private final Syntax s;
    private final Toks t;
    int next;

    SimpleStatements(Syntax s) {
        this.s = s;
        this.t = s.t;
    }

    /** The simple statement at {@code i}, or null when it is none of these. */
    CStmt statement(int i, int limit) {
        int ty = t.type[i];
        switch (ty) {
            case CLexer.SEMI:
                next = i + 1;
                return new CExpressionStatement(s.span(i, i + 1), List.of(s.tok(i)), null);
            case CLexer.CASE:
            case CLexer.DEFAULT:
                return caseLabel(i, limit);
            case CLexer.RETURN: {
                int semi = s.find(i + 1, limit, CLexer.SEMI);
                int end = semi < 0 ? limit : semi;
                CExpression value = s.exprs.full(i + 1, end, true);
                return withSemi(i, value, semi, limit, (sp, parts) -> new CReturn(sp, parts, value));
            }
            case CLexer.GOTO:
            case CLexer.BREAK:
            case CLexer.CONTINUE: {
                int semi = s.find(i + 1, limit, CLexer.SEMI);
                int end = semi < 0 ? limit : semi;
                CExpression target = s.exprs.full(i + 1, end, true);
                String kw = s.text(i);
                return withSemi(i, target, semi, limit, (sp, parts) -> new CJump(sp, parts, kw, target));
            }
            case CLexer.RPAREN:
            case CLexer.RBRACKET:
            case CLexer.RBRACE:
            case CLexer.ELSE:
            case CLexer.WHILE:
                next = i + 1;
                return s.opaqueStmt(i, i + 1, "stray '" + s.text(i) + "' in a block");
            case CLexer.IDENT:
                if (s.is(i + 1, CLexer.COLON) && i + 1 < limit) {
                    next = i + 2;
                    return new CLabel(s.span(i, i + 2), s.toks(i, i + 2), s.text(i));
                }
                if (ASM.contains(s.text(i))) {
                    return asm(i, limit);
                }
                return null;
            default:
                return null;
        }
    }

    private interface Maker {
        CStmt make(respin.core.model.source.Span span, List<CTree> parts);
    }

    private CStmt withSemi(int i, CExpression value, int semi, int limit, Maker maker) {
        List<CTree> parts = new ArrayList<>();
        parts.add(s.tok(i));
        if (value != null) {
            parts.add(value);
        }
        if (semi >= 0) {
            parts.add(s.tok(semi));
        }
        next = semi < 0 ? limit : semi + 1;
        return maker.make(s.span(parts), parts);
    }

    /** {@code case v:}, {@code case a ... b:}, {@code default:}; the ':' is the first one no '?' claims. */
    private CStmt caseLabel(int i, int limit) {
        int colon = -1;
        int questions = 0;
        for (int k = i + 1; k < limit; k = t.skip(k, limit)) {
            if (t.type[k] == CLexer.QUESTION) {
                questions++;
            } else if (t.type[k] == CLexer.COLON && questions-- == 0) {
                colon = k;
                break;
            } else if (t.type[k] == CLexer.SEMI || t.type[k] == CLexer.LBRACE) {
                break;
            }
        }
        boolean dflt = t.type[i] == CLexer.DEFAULT;
        if (colon < 0 || dflt && colon != i + 1) {
            next = s.stmts.endOf(i, limit);
            return s.opaqueStmt(i, next, "case label without ':'");
        }
        List<CTree> parts = new ArrayList<>(List.of(s.tok(i)));
        CExpression low = null;
        CExpression high = null;
        if (!dflt) {
            int dots = s.find(i + 1, colon, CLexer.ELLIPSIS);
            low = s.exprs.full(i + 1, dots < 0 ? colon : dots, false);
            if (low != null) {
                parts.add(low);
            }
            if (dots >= 0) {
                parts.add(s.tok(dots));
                high = s.exprs.full(dots + 1, colon, false);
                if (high != null) {
                    parts.add(high);
                }
            }
        }
        parts.add(s.tok(colon));
        next = colon + 1;
        return new CCaseLabel(s.span(parts), parts, low, high);
    }

    /** {@code asm volatile("..." : outputs : inputs : clobbers : labels);} */
    private CStmt asm(int i, int limit) {
        int k = i + 1;
        while (k < limit && t.type[k] == CLexer.IDENT && ASM_QUALIFIERS.contains(s.text(k))
                || k < limit && t.type[k] == CLexer.GOTO) {
            k++;
        }
        int close = s.close(k, limit);
        if (!s.is(k, CLexer.LPAREN) || close < 0) {
            return null;
        }
        List<CTree> parts = new ArrayList<>(s.toks(i, k + 1));
        List<CAsmOperand> operands = new ArrayList<>();
        int section = 0;
        CExpression template = null;
        int a = k + 1;
        for (int j = k + 1; j <= close; j = j < close ? t.skip(j, close) : close + 1) {
            int ty = j < close ? t.type[j] : -1;
            if (j == close || ty == CLexer.COLON || ty == CLexer.COMMA && section > 0) {
                if (section == 0) {
                    template = s.exprs.full(a, j, false);
                    if (template != null) {
                        parts.add(template);
                    }
                } else if (j > a) {
                    CAsmOperand op = operand(section, a, j);
                    operands.add(op);
                    parts.add(op);
                }
                if (j < close) {
                    parts.add(s.tok(j));
                }
                if (ty == CLexer.COLON) {
                    section++;
                }
                a = j + 1;
            }
        }
        parts.add(s.tok(close));
        next = close + 1;
        if (s.is(close + 1, CLexer.SEMI) && close + 1 < limit) {
            parts.add(s.tok(close + 1));
            next = close + 2;
        }
        return new CAsm(s.span(parts), parts, template, List.copyOf(operands));
    }

    /** {@code [name] "=r" (value)}, a clobber string, or a label. */
    private CAsmOperand operand(int section, int from, int to) {
        List<CTree> parts = new ArrayList<>();
        int k = from;
        if (t.type[k] == CLexer.LBRACKET && s.close(k, to) > 0) {
            parts.addAll(s.toks(k, t.match[k] + 1));
            k = t.match[k] + 1;
        }
        int open = s.find(k, to, CLexer.LPAREN);
        CExpression constraint = null;
        CExpression value = null;
        if (open > k && s.close(open, to) == to - 1) {
            constraint = s.exprs.full(k, open, false);
            parts.add(constraint);
            parts.add(s.tok(open));
            value = s.exprs.full(open + 1, to - 1, true);
            if (value != null) {
                parts.add(value);
            }
            parts.add(s.tok(to - 1));
        } else {
            constraint = s.exprs.full(k, to, false);
            if (constraint != null) {
                parts.add(constraint);
            }
        }
        return new CAsmOperand(s.span(parts), parts, section + 0, constraint, value);
    }
}
