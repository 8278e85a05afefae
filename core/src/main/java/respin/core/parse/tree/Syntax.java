package respin.core.parse.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import respin.core.model.source.LineMap;
import respin.core.model.source.Span;
import respin.core.model.tree.COpaqueExpression;
import respin.core.model.tree.COpaqueStatement;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/**
 * What the syntax-tree parsers of one file share: its visible tokens, its line map,
 * and the nesting budget. Every recursive step (a nested statement, expression,
 * initializer or record body) goes through {@link #enter}; past {@link #MAX_DEPTH}
 * levels the parsers keep the rest of the construct as an opaque node instead of
 * recursing, so no input can overflow the Java stack.
 */
final class Syntax {
    /** Nesting levels the parsers follow before they stop and keep tokens as they are. */
    static final int MAX_DEPTH = 200;
    static final String TOO_DEEP = "nested deeper than " + MAX_DEPTH + " levels";

    final Toks t;
    final LineMap lines;
    private int depth;
    ExpressionParser exprs;
    StatementParser stmts;
    DeclarationParser decls;

    Syntax(Toks t, LineMap lines) {
        this.t = t;
        this.lines = lines;
        this.exprs = new ExpressionParser(this);
        this.stmts = new StatementParser(this);
        this.decls = new DeclarationParser(this);
    }

    /** One level deeper; false (and no change) when the budget is spent. */
    boolean enter() {
        if (depth >= MAX_DEPTH) {
            return false;
        }
        depth++;
        return true;
    }

    void exit() {
        depth--;
    }

    /**
     * Token {@code i} as a leaf. Its text is interned: a tree keeps every token, the trees of a
     * treewide run hold millions of them, and most are the same few thousand words and signs.
     */
    CToken tok(int i) {
        return new CToken(lines.span(t.start[i], t.end[i]), t.text(i).intern());
    }

    /** The tokens {@code [from, to)} as leaves. */
    List<CTree> toks(int from, int to) {
        List<CTree> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            out.add(tok(i));
        }
        return out;
    }

    /**
     * The items of {@code [from, to)} between its top-level commas, each made by {@code item} from
     * its token range and added to {@code parts} with the commas between them; empty items are
     * skipped. The token at {@code to} (a closer) is the caller's.
     */
    <T extends CTree> List<T> commaList(int from, int to, BiFunction<Integer, Integer, T> item, List<CTree> parts) {
        List<T> out = new ArrayList<>();
        int a = from;
        for (int k = from; k <= to; k = k < to ? t.skip(k, to) : to + 1) {
            if (k == to || t.type[k] == CLexer.COMMA) {
                if (k > a) {
                    T one = item.apply(a, k);
                    out.add(one);
                    parts.add(one);
                }
                if (k < to) {
                    parts.add(tok(k));
                }
                a = k + 1;
            }
        }
        return out;
    }

    /** The span from the start of token {@code from} to the end of token {@code to - 1}. */
    Span span(int from, int to) {
        return lines.span(t.start[from], t.end[Math.max(from, to - 1)]);
    }

    /** The span from the first to the last of {@code parts} (which are in order and not empty). */
    Span span(List<CTree> parts) {
        return lines.span(parts.get(0).span().start(), parts.get(parts.size() - 1).span().end());
    }

    /** Tokens {@code [from, to)} kept as they are, as one leaf holding their text (comments inside included). */
    COpaqueExpression opaqueExpr(int from, int to, String reason) {
        return new COpaqueExpression(span(from, to), List.of(leaf(from, to)), reason);
    }

    COpaqueStatement opaqueStmt(int from, int to, String reason) {
        return new COpaqueStatement(span(from, to), List.of(leaf(from, to)), reason);
    }

    private CToken leaf(int from, int to) {
        Span sp = span(from, to);
        return new CToken(sp, t.text.substring(sp.start(), sp.end()));
    }

    int type(int i) {
        return i >= 0 && i < t.size() ? t.type[i] : -1;
    }

    boolean is(int i, int ty) {
        return t.is(i, ty);
    }

    /** The text of token {@code i}, or "" past the end. */
    String text(int i) {
        return i >= 0 && i < t.size() ? t.text(i) : "";
    }

    /** The closing partner of the opener at {@code i}, or -1 when it has none (or is past {@code limit}). */
    int close(int i, int limit) {
        int m = i >= 0 && i < t.size() ? t.match[i] : -1;
        return m > i && m < limit ? m : -1;
    }

    /** The first token of type {@code ty} at this level in {@code [from, to)}, groups skipped, or -1. */
    int find(int from, int to, int ty) {
        for (int k = from; k < to; k = t.skip(k, to)) {
            if (t.type[k] == ty) {
                return k;
            }
        }
        return -1;
    }

    boolean newlineBetween(int a, int b) {
        // only the bytes between the two: a search to the next newline of the file costs the
        // length of the line, which made grouping quadratic on one long line
        for (int k = t.end[a]; k < t.start[b]; k++) {
            if (t.text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }
}
