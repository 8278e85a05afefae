package respin.core.parse;

import java.util.ArrayList;
import java.util.List;
import respin.core.model.CDeclarator;
import respin.core.model.CParameter;
import respin.core.model.source.LineMap;
import respin.core.parse.lex.Annotations;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/**
 * Reads declarators out of a run of tokens without knowing which words are types.
 *
 * <p>The declared name is the last word that is neither an annotation nor followed
 * by an argument list; everything before it, stars aside, is the type. A
 * parenthesised {@code (*name)} followed by a parameter list is a function pointer.
 */
final class Declarators {
    private final Toks t;
    private final LineMap lines;

    Declarators(Toks t, LineMap lines) {
        this.t = t;
        this.lines = lines;
    }

    /** Splits {@code [from, to)} at top-level commas and reads each piece; null pieces are dropped. */
    List<CDeclarator> list(int from, int to) {
        List<CDeclarator> out = new ArrayList<>();
        int pieceStart = from;
        CDeclarator first = null;
        for (int i = from; i <= to; i = i < to ? t.skip(i, to) : to + 1) {
            if (i == to || t.type[i] == CLexer.COMMA) {
                CDeclarator d = one(pieceStart, i);
                if (d != null && first != null && !out.isEmpty()) {
                    // int a, *b: later declarators share the first one's type words
                    d = new CDeclarator(first.base(), d.pointers(), d.name(), d.span(), first.baseSpan(),
                            d.nameSpan(), d.fnParams(), d.functionPointer(), d.returnPointers());
                }
                if (d != null) {
                    out.add(d);
                    if (first == null) {
                        first = d;
                    }
                }
                pieceStart = i + 1;
            }
        }
        return out;
    }

    /** Reads the parameters between the parentheses at {@code open}. */
    List<CParameter> params(int open) {
        int close = t.match[open];
        List<CParameter> out = new ArrayList<>();
        if (close < 0) {
            return out;
        }
        int pieceStart = open + 1;
        for (int i = open + 1; i <= close; i = i < close ? t.skip(i, close) : close + 1) {
            if (i == close || t.type[i] == CLexer.COMMA) {
                if (i > pieceStart && !(i - pieceStart == 1 && t.text(pieceStart).equals("void"))) {
                    CDeclarator d = one(pieceStart, i);
                    if (d == null) {
                        d = unnamed(pieceStart, i);
                    }
                    out.add(new CParameter(out.size(), d));
                }
                pieceStart = i + 1;
            }
        }
        return out;
    }

    /** Reads one declarator from {@code [from, to)}, or returns null when there is none. */
    CDeclarator one(int from, int to) {
        if (from >= to) {
            return null;
        }
        int limit = to;
        for (int i = from; i < to; i = t.skip(i, to)) {
            if (t.type[i] == CLexer.ASSIGN || (t.type[i] == CLexer.COLON && i > from)) {
                limit = i;
                break;
            }
        }
        CDeclarator fp = functionPointer(from, limit);
        if (fp != null) {
            return fp;
        }
        int name = -1;
        for (int i = from; i < limit; i = t.skip(i, limit)) {
            if (t.type[i] == CLexer.IDENT && !t.in(i, Annotations.QUALIFIERS)
                    && !t.is(i + 1, CLexer.LPAREN)) {
                name = i;
            }
        }
        if (name < 0 || name == from || isTypeContinuation(from, name)) {
            return t.is(from, CLexer.ELLIPSIS) ? unnamed(from, to) : null;
        }
        return build(from, name, to, name, List.of(), false);
    }

    private boolean isTypeContinuation(int from, int name) {
        int prev = name - 1;
        if (t.is(prev, CLexer.STRUCT) || t.is(prev, CLexer.UNION) || t.is(prev, CLexer.ENUM)) {
            return true;
        }
        return t.in(name, Annotations.TYPE_WORDS);
    }

    private CDeclarator functionPointer(int from, int limit) {
        for (int i = from; i < limit; i = t.skip(i, limit)) {
            if (t.type[i] == CLexer.LPAREN && t.is(i + 1, CLexer.STAR) && i > from) {
                int close = t.match[i];
                if (close < 0 || close + 1 >= limit || !t.is(close + 1, CLexer.LPAREN)) {
                    continue;
                }
                int name = -1;
                for (int k = i + 1; k < close; k++) {
                    if (t.type[k] == CLexer.IDENT && !t.in(k, Annotations.QUALIFIERS)) {
                        name = k;
                    }
                }
                if (name < 0) {
                    return null;
                }
                return build(from, i, limit, name, params(close + 1), true);
            }
        }
        return null;
    }

    private CDeclarator unnamed(int from, int to) {
        return build(from, to, to, -1, List.of(), false);
    }

    /** Type words are the tokens of {@code [from, typeEnd)} but stars; the name is at {@code name}. */
    private CDeclarator build(int from, int typeEnd, int to, int name, List<CParameter> fnParams, boolean fp) {
        StringBuilder base = new StringBuilder();
        int stars = 0;
        int baseEnd = -1;
        for (int i = from; i < typeEnd; i++) {
            if (t.type[i] == CLexer.IDENT && t.is(i + 1, CLexer.LPAREN) && t.match[i + 1] > i
                    && t.match[i + 1] < typeEnd && t.in(i, Annotations.ATTRIBUTE_CALLS)
                    && !t.text(i).contains("typeof")) {
                i = t.match[i + 1]; // __attribute__((unused)) says nothing of the type
                continue;
            }
            if (t.type[i] == CLexer.STAR) {
                stars++;
                continue;
            }
            if (stars > 0 && baseEnd >= 0 && t.in(i, Annotations.QUALIFIERS)) {
                continue; // struct foo * const p: the qualifier belongs to the pointer
            }
            if (stars == 0) {
                baseEnd = t.end[i];
            }
            if (base.length() > 0) {
                base.append(' ');
            }
            base.append(t.text(i));
        }
        int last = to - 1;
        var span = lines.span(t.start[from], t.end[last]);
        var baseSpan = baseEnd < 0 ? null : lines.span(t.start[from], baseEnd);
        var nameSpan = name < 0 ? null : lines.span(t.start[name], t.end[name]);
        return new CDeclarator(base.toString(), fp ? 0 : stars, name < 0 ? null : t.text(name), span, baseSpan,
                nameSpan, fnParams, fp, fp ? stars : 0);
    }
}
