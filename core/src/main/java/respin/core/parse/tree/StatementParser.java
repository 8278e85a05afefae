package respin.core.parse.tree;

import java.util.ArrayList;
import java.util.List;
import respin.core.model.tree.CCompound;
import respin.core.model.tree.CDoWhile;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CExpressionStatement;
import respin.core.model.tree.CFor;
import respin.core.model.tree.CIf;
import respin.core.model.tree.CInvocation;
import respin.core.model.tree.CMacroIterator;
import respin.core.model.tree.CMacroStatement;
import respin.core.model.tree.CStmt;
import respin.core.model.tree.CSwitch;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CWhile;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/**
 * Statements of a function body: blocks, control statements, declarations,
 * expression statements and the kernel's macro statements and iterators. Simple
 * statements (jumps, labels, asm) are {@link SimpleStatements}. Each statement ends
 * at a known token, so one that is not understood becomes an opaque statement and
 * the next one starts cleanly.
 */
final class StatementParser {
    private final Syntax s;
    private final Toks t;
    private final SimpleStatements simple;
    /** Where the statement last parsed ended (exclusive). */
    int next;

    StatementParser(Syntax s) {
        this.s = s;
        this.t = s.t;
        this.simple = new SimpleStatements(s);
    }

    /** A jump or return standing as a macro argument ({@code scoped_cond_guard(m, return -EINTR, &l)}), or null. */
    CStmt argumentStatement(int from, int to) {
        int ty = t.type[from];
        return ty == CLexer.RETURN || ty == CLexer.GOTO || ty == CLexer.BREAK || ty == CLexer.CONTINUE
                ? simple.statement(from, to) : null;
    }

    /** The block whose '{' is at {@code open} (which has its '}'). */
    CCompound compound(int open) {
        int close = t.match[open];
        List<CTree> parts = new ArrayList<>();
        parts.add(s.tok(open));
        List<CTree> items = statements(open + 1, close);
        parts.addAll(items);
        parts.add(s.tok(close));
        return new CCompound(s.span(parts), parts, items);
    }

    /** The statements of {@code [from, to)}, in order, covering every token. */
    List<CTree> statements(int from, int to) {
        List<CTree> items = new ArrayList<>();
        int i = from;
        while (i < to) {
            items.add(statement(i, to));
            i = Math.max(next, i + 1);
        }
        return items;
    }

    /** The statement at {@code i}, which ends by {@code limit}; sets {@link #next}. */
    CStmt statement(int i, int limit) {
        if (!s.enter()) {
            int end = s.is(i, CLexer.LBRACE) && s.close(i, limit) > 0 ? t.match[i] + 1 : endOf(i, limit);
            next = end;
            return s.opaqueStmt(i, end, Syntax.TOO_DEEP);
        }
        try {
            CStmt st = control(i, limit);
            if (st == null) {
                st = simple.statement(i, limit);
                next = simple.next;
            }
            if (st == null) {
                st = plain(i, limit);
            }
            return st;
        } finally {
            s.exit();
        }
    }

    /** A block, if, loop, switch or macro iterator at {@code i}, or null. */
    private CStmt control(int i, int limit) {
        int ty = t.type[i];
        if (ty == CLexer.LBRACE && s.close(i, limit) > 0) {
            CCompound block = compound(i);
            next = t.match[i] + 1;
            return block;
        }
        boolean head = ty == CLexer.IF || ty == CLexer.WHILE || ty == CLexer.SWITCH || ty == CLexer.FOR;
        int close = s.close(i + 1, limit);
        if (head && s.is(i + 1, CLexer.LPAREN) && close > 0 && close + 1 < limit) {
            if (ty == CLexer.FOR) {
                return forLoop(i, close, limit);
            }
            CExpression cond = s.exprs.full(i + 2, close, true);
            List<CTree> parts = new ArrayList<>(List.of(s.tok(i), s.tok(i + 1)));
            if (cond != null) {
                parts.add(cond);
            }
            parts.add(s.tok(close));
            CStmt body = statement(close + 1, limit);
            parts.add(body);
            if (ty == CLexer.IF) {
                CStmt otherwise = null;
                if (s.is(next, CLexer.ELSE) && next + 1 < limit) {
                    parts.add(s.tok(next));
                    otherwise = statement(next + 1, limit);
                    parts.add(otherwise);
                }
                return new CIf(s.span(parts), parts, cond, body, otherwise);
            }
            return ty == CLexer.WHILE ? new CWhile(s.span(parts), parts, cond, body)
                    : new CSwitch(s.span(parts), parts, cond, body);
        }
        if (ty == CLexer.DO && i + 1 < limit) {
            return doWhile(i, limit);
        }
        if (ty == CLexer.IDENT && s.is(i + 1, CLexer.LPAREN) && close > 0 && close + 1 < limit
                && startsIteratorBody(close + 1, t.text(i))) {
            List<CTree> parts = new ArrayList<>();
            CExpression head2 = s.exprs.full(i, close + 1, false);
            parts.add(head2);
            CStmt body = statement(close + 1, limit);
            parts.add(body);
            if (head2 instanceof CInvocation call) {
                return new CMacroIterator(s.span(parts), parts, call, body);
            }
            return s.opaqueStmt(i, next, "macro iterator head not understood");
        }
        return null;
    }

    /** True when what follows a macro's {@code (...)} at {@code k} is the body of a loop macro. */
    private boolean startsIteratorBody(int k, String name) {
        int ty = t.type[k];
        if (ty == CLexer.LBRACE || ty == CLexer.IF || ty == CLexer.FOR || ty == CLexer.WHILE || ty == CLexer.DO
                || ty == CLexer.SWITCH) {
            return true;
        }
        if (ty == CLexer.IDENT && s.is(k + 1, CLexer.LPAREN) && t.match[k + 1] > k + 1) {
            int after = t.match[k + 1] + 1;
            return after < t.size() && startsIteratorBody(after, s.text(k)) || isLoopName(name);
        }
        return ty != CLexer.SEMI && isLoopName(name) && (ty == CLexer.IDENT || ty == CLexer.STAR
                || ty == CLexer.LPAREN || ty == CLexer.OP && Operators.isPrefix(s.text(k))
                || ty == CLexer.RETURN || ty == CLexer.BREAK || ty == CLexer.CONTINUE || ty == CLexer.GOTO);
    }

    /** Macros that are loops whatever their body: {@code for_each_cpu}, {@code scoped_guard}. */
    private static boolean isLoopName(String name) {
        return name.contains("for_each") || name.startsWith("scoped_");
    }

    private CStmt forLoop(int i, int close, int limit) {
        int semi1 = s.find(i + 2, close, CLexer.SEMI);
        int semi2 = semi1 < 0 ? -1 : s.find(semi1 + 1, close, CLexer.SEMI);
        if (semi2 < 0) {
            statement(close + 1, limit);
            return s.opaqueStmt(i, next, "for without two ';'");
        }
        List<CTree> parts = new ArrayList<>(List.of(s.tok(i), s.tok(i + 1)));
        CTree init;
        if (semi1 > i + 2 && s.decls.isDeclaration(i + 2, semi1)) {
            init = s.decls.declaration(i + 2, semi1 + 1);
        } else {
            CExpression e = s.exprs.full(i + 2, semi1, true);
            List<CTree> ip = new ArrayList<>();
            if (e != null) {
                ip.add(e);
            }
            ip.add(s.tok(semi1));
            init = new CExpressionStatement(s.span(ip), ip, e);
        }
        parts.add(init);
        CExpression cond = s.exprs.full(semi1 + 1, semi2, true);
        if (cond != null) {
            parts.add(cond);
        }
        parts.add(s.tok(semi2));
        CExpression step = s.exprs.full(semi2 + 1, close, true);
        if (step != null) {
            parts.add(step);
        }
        parts.add(s.tok(close));
        CStmt body = statement(close + 1, limit);
        parts.add(body);
        return new CFor(s.span(parts), parts, init, cond, step, body);
    }

    private CStmt doWhile(int i, int limit) {
        CStmt body = statement(i + 1, limit);
        int w = next;
        int close = s.close(w + 1, limit);
        if (s.is(w, CLexer.IDENT) && close > 0 && s.is(close + 1, CLexer.SEMI) && close + 1 < limit) {
            // do { ... } while_each_thread(g, t); a macro that ends the loop
            CExpression cond = s.exprs.full(w, close + 1, false);
            List<CTree> parts = List.of(s.tok(i), body, cond, s.tok(close + 1));
            next = close + 2;
            return new CDoWhile(s.span(parts), parts, body, cond);
        }
        if (!s.is(w, CLexer.WHILE) || !s.is(w + 1, CLexer.LPAREN) || close < 0 || !s.is(close + 1, CLexer.SEMI)
                || close + 1 >= limit) {
            int end = endOf(w, limit);
            next = end;
            return s.opaqueStmt(i, end, "do without while (...);");
        }
        CExpression cond = s.exprs.full(w + 2, close, true);
        List<CTree> parts = new ArrayList<>(List.of(s.tok(i), body, s.tok(w), s.tok(w + 1)));
        if (cond != null) {
            parts.add(cond);
        }
        parts.add(s.tok(close));
        parts.add(s.tok(close + 1));
        next = close + 2;
        return new CDoWhile(s.span(parts), parts, body, cond);
    }

    /** A declaration, an expression statement, or a macro statement without ';'. */
    private CStmt plain(int i, int limit) {
        int semi = s.find(i, limit, CLexer.SEMI);
        int end = semi < 0 ? limit : semi;
        if (end > i && s.decls.isDeclaration(i, end)) {
            int after = semi < 0 ? limit : semi + 1;
            CStmt d = s.decls.declaration(i, after);
            next = after; // after the declaration: a statement expression in it parses statements too
            return d;
        }
        int[] stop = new int[1];
        CExpression e = end > i ? s.exprs.partial(i, end, true, stop) : null;
        if (e instanceof CInvocation && stop[0] < end && stop[0] > i && s.newlineBetween(stop[0] - 1, stop[0])
                || e instanceof CInvocation && semi < 0 && stop[0] == end) {
            next = stop[0];
            return new CMacroStatement(e.span(), List.of(e), e);
        }
        if (end > i && (e == null || stop[0] < end)) {
            e = s.exprs.full(i, end, true);
        }
        List<CTree> parts = new ArrayList<>();
        if (e != null) {
            parts.add(e);
        }
        if (semi >= 0) {
            parts.add(s.tok(semi));
        }
        next = semi < 0 ? limit : semi + 1;
        return new CExpressionStatement(s.span(parts), parts, e);
    }

    /** The end of a statement not understood: after its ';' (or the group that ends it), or {@code limit}. */
    int endOf(int i, int limit) {
        for (int k = i; k < limit; k = t.skip(k, limit)) {
            if (t.type[k] == CLexer.SEMI) {
                return k + 1;
            }
            if (t.type[k] == CLexer.LBRACE && s.close(k, limit) > 0 && !s.is(t.match[k] + 1, CLexer.ELSE)
                    && !s.is(t.match[k] + 1, CLexer.WHILE)) {
                return t.match[k] + 1;
            }
        }
        return limit;
    }
}
