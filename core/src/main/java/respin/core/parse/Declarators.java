package respin.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** False while {@link #listWithoutBases} reads: no type text is joined, nor its span made. */
    private boolean joinBases = true;
    /** Scratch for {@link #one}: the candidate words of the declarator being read. */
    private int[] words = new int[16];

    Declarators(Toks t, LineMap lines) {
        this.t = t;
        this.lines = lines;
    }

    /** Splits {@code [from, to)} at top-level commas and reads each piece; null pieces are dropped. */
    List<CDeclarator> list(int from, int to) {
        List<CDeclarator> out = new ArrayList<>(2); // mostly one declarator
        int pieceStart = from;
        CDeclarator first = null;
        for (int i = from; i <= to; i = i < to ? t.skip(i, to) : to + 1) {
            if (i == to || t.type[i] == CLexer.COMMA) {
                CDeclarator d = one(pieceStart, i);
                if (d != null && first != null && !out.isEmpty()) {
                    // int a, *b: later declarators share the first one's type words
                    d = d.withBase(first.base(), first.baseSpan());
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

    /**
     * {@link #list}, for declarators whose base the caller replaces: those of a typedef that defines
     * a struct or enum, whose type words would be every token of its body, joined for nothing (a
     * typedef of a large enum made a string of it per name). Their base is "" and has no span.
     */
    List<CDeclarator> listWithoutBases(int from, int to) {
        joinBases = false;
        try {
            return list(from, to);
        } finally {
            joinBases = true;
        }
    }

    /** Reads the parameters between the parentheses at {@code open}. */
    List<CParameter> params(int open) {
        boolean join = joinBases;
        joinBases = true; // a parameter's type is its own, in a typedef as anywhere
        try {
            return paramsOf(open);
        } finally {
            joinBases = join;
        }
    }

    private List<CParameter> paramsOf(int open) {
        int close = t.match[open];
        List<CParameter> out = new ArrayList<>(4);
        if (close < 0) {
            return out;
        }
        int pieceStart = open + 1;
        for (int i = open + 1; i <= close; i = i < close ? t.skip(i, close) : close + 1) {
            if (i == close || t.type[i] == CLexer.COMMA) {
                if (i > pieceStart && !(i - pieceStart == 1 && isVoid(pieceStart))) {
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

    /** Whether token {@code i} is the word {@code void}, read in place. */
    private boolean isVoid(int i) {
        return t.end[i] - t.start[i] == 4 && t.text.startsWith("void", t.start[i]);
    }

    /** Reads one declarator from {@code [from, to)}, or returns null when there is none. */
    CDeclarator one(int from, int to) {
        if (from >= to) {
            return null;
        }
        int limit = to;
        int pointer = -1; // the first top-level "(*" after the first token: where a function pointer may be
        for (int i = from; i < to; i = t.skip(i, to)) {
            int ty = t.type[i];
            if (ty == CLexer.ASSIGN || (ty == CLexer.COLON && i > from)) {
                limit = i;
                break;
            }
            if (pointer < 0 && ty == CLexer.LPAREN && i > from && t.is(i + 1, CLexer.STAR)) {
                pointer = i;
            }
        }
        CDeclarator fp = pointer < 0 ? null : functionPointer(from, pointer, limit);
        if (fp != null) {
            return fp;
        }
        // the last word that is no qualifier and not followed by '(': the words first, then
        // the qualifier test from the end, where the name usually is the first one asked
        int[] words = this.words;
        int n = 0;
        for (int i = from; i < limit; i = t.skip(i, limit)) {
            if (t.type[i] == CLexer.IDENT && !t.is(i + 1, CLexer.LPAREN)) {
                if (n == words.length) {
                    words = Arrays.copyOf(words, n * 2);
                    this.words = words;
                }
                words[n++] = i;
            }
        }
        int name = -1;
        for (int k = n - 1; k >= 0; k--) {
            if (!t.in(words[k], Annotations.QUALIFIERS)) {
                name = words[k];
                break;
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

    /** The function pointer declared in {@code [from, limit)}, looked for from its first "(*" at {@code pointer}. */
    private CDeclarator functionPointer(int from, int pointer, int limit) {
        for (int i = pointer; i < limit; i = t.skip(i, limit)) {
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

    /**
     * The function type a typedef declares in {@code [from, to)}, after its {@code typedef}:
     * {@code int probe_fn(struct i2c_client *client)} or {@code int (probe_fn)(…)}, the parameter
     * list last; null when the tokens are not of that shape. Only a typedef is read this way:
     * elsewhere the same tokens declare a function.
     */
    CDeclarator functionType(int from, int to) {
        int open = to - 1 > from && t.is(to - 1, CLexer.RPAREN) ? t.match[to - 1] : -1;
        if (open <= from) {
            return null;
        }
        int name = open - 1;
        int typeEnd = name;
        if (t.is(name, CLexer.RPAREN) && t.match[name] == name - 2 && t.is(name - 1, CLexer.IDENT)) {
            typeEnd = name - 2; // (probe_fn)
            name = name - 1;
        }
        if (typeEnd <= from || !t.is(name, CLexer.IDENT) || t.in(name, Annotations.QUALIFIERS)
                || t.in(name, Annotations.ATTRIBUTE_CALLS)) {
            return null;
        }
        return build(from, typeEnd, to, name, params(open), false, true);
    }

    private CDeclarator unnamed(int from, int to) {
        return build(from, to, to, -1, List.of(), false);
    }

    /** Type words are the tokens of {@code [from, typeEnd)} but stars; the name is at {@code name}. */
    private CDeclarator build(int from, int typeEnd, int to, int name, List<CParameter> fnParams, boolean fp) {
        return build(from, typeEnd, to, name, fnParams, fp, false);
    }

    /** As above; {@code fnType}: a function type, whose stars are its return type's as a function pointer's are. */
    private CDeclarator build(int from, int typeEnd, int to, int name, List<CParameter> fnParams, boolean fp,
            boolean fnType) {
        // the type words joined by blanks: most types are one word or words one blank apart in the
        // text ("struct device"), cut out of it whole; a builder only for the others
        int firstWord = -1;
        int lastWord = -1;
        StringBuilder base = null;
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
            if (!joinBases) {
                continue; // only the stars are counted
            }
            if (stars > 0 && baseEnd >= 0 && t.in(i, Annotations.QUALIFIERS)) {
                continue; // struct foo * const p: the qualifier belongs to the pointer
            }
            if (stars == 0) {
                baseEnd = t.end[i];
            }
            if (firstWord < 0) {
                firstWord = i;
            } else if (base != null || t.start[i] != t.end[lastWord] + 1 || t.text.charAt(t.end[lastWord]) != ' ') {
                // not one blank after the word before: the words are joined in a builder from here on
                if (base == null) {
                    base = new StringBuilder().append(t.text, t.start[firstWord], t.end[lastWord]);
                }
                base.append(' ').append(t.text, t.start[i], t.end[i]);
            }
            lastWord = i;
        }
        int last = to - 1;
        var span = lines.span(t.start[from], t.end[last]);
        var baseSpan = baseEnd < 0 ? null : lines.span(span, baseEnd);
        var nameSpan = name < 0 ? null : lines.span(t.start[name], t.end[name]);
        String baseText = base != null ? base.toString()
                : firstWord < 0 ? "" : t.text.substring(t.start[firstWord], t.end[lastWord]);
        boolean fn = fp || fnType;
        return new CDeclarator(baseText, fn ? 0 : stars, name < 0 ? null : t.text(name), span, baseSpan,
                nameSpan, fnParams, fp, fn ? stars : 0, fnType);
    }
}
