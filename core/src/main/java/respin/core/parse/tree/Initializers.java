package respin.core.parse.tree;

import java.util.ArrayList;
import java.util.List;
import respin.core.model.tree.CBinary;
import respin.core.model.tree.CDesignation;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CInitializerList;
import respin.core.model.tree.CTree;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/**
 * Braced initializers with designators: {@code { .probe = f, [2] = x, .a.b = { ... } }},
 * nested to any depth the budget allows, and designations standing as macro arguments.
 */
final class Initializers {
    private final Syntax s;
    private final Toks t;
    private final ExpressionParser exprs;

    Initializers(Syntax s, ExpressionParser exprs) {
        this.s = s;
        this.t = s.t;
        this.exprs = exprs;
    }

    /** The list whose '{' is at {@code open} (which has its '}'). */
    CInitializerList list(int open) {
        int close = t.match[open];
        List<CTree> parts = new ArrayList<>();
        List<CTree> items = new ArrayList<>();
        parts.add(s.tok(open));
        if (!s.enter()) {
            parts.add(s.opaqueExpr(open + 1, close, Syntax.TOO_DEEP));
        } else {
            try {
                items.addAll(s.commaList(open + 1, close, this::item, parts));
            } finally {
                s.exit();
            }
        }
        if (close > open + 1 && parts.size() == 1) {
            parts.add(s.opaqueExpr(open + 1, close, "initializer not understood"));
        }
        parts.add(s.tok(close));
        return new CInitializerList(s.span(parts), parts, List.copyOf(items));
    }

    /** One item {@code [from, to)}: {@code .a.b = v}, {@code [i] = v}, {@code [i ... j] = v}, or a value. */
    CTree item(int from, int to) {
        List<CTree> designators = new ArrayList<>();
        List<CTree> parts = new ArrayList<>();
        int k = from;
        while (k < to) {
            if (t.type[k] == CLexer.DOT && k + 1 < to && t.isWord(k + 1)) {
                parts.add(s.tok(k));
                var member = s.tok(k + 1);
                parts.add(member);
                designators.add(member);
                k += 2;
            } else if (t.type[k] == CLexer.LBRACKET && s.close(k, to) > 0) {
                int close = t.match[k];
                CExpression index = range(k + 1, close);
                parts.add(s.tok(k));
                if (index != null) {
                    parts.add(index);
                    designators.add(index);
                }
                parts.add(s.tok(close));
                k = close + 1;
            } else {
                break;
            }
        }
        if (designators.isEmpty()) {
            return value(from, to);
        }
        if (k >= to || t.type[k] != CLexer.ASSIGN) {
            return s.opaqueExpr(from, to, "designator without '='");
        }
        parts.add(s.tok(k));
        CExpression value = value(k + 1, to);
        if (value != null) {
            parts.add(value);
        }
        return new CDesignation(s.span(parts), parts, List.copyOf(designators), value);
    }

    /** An initializer value: a nested list or an expression. */
    CExpression value(int from, int to) {
        if (s.is(from, CLexer.LBRACE) && t.match[from] == to - 1) {
            return list(from);
        }
        return exprs.full(from, to, false);
    }

    /** An index, or a GNU range {@code low ... high} as a binary "..." node. */
    private CExpression range(int from, int to) {
        int dots = s.find(from, to, CLexer.ELLIPSIS);
        if (dots < 0) {
            return exprs.full(from, to, false);
        }
        CExpression low = exprs.full(from, dots, false);
        CExpression high = exprs.full(dots + 1, to, false);
        if (low == null || high == null) {
            return s.opaqueExpr(from, to, "range without a bound");
        }
        List<CTree> parts = List.of(low, s.tok(dots), high);
        return new CBinary(s.span(parts), parts, low, "...", high);
    }
}
