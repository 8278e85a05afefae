package respin.core.parse;

import java.util.List;
import respin.core.model.CBlock;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.source.LineMap;
import respin.core.model.source.Span;
import respin.core.parse.lex.Annotations;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/** Reads the head of a function definition or prototype: name, return type, parameters, kernel-doc. */
final class HeadReader {
    private final Toks t;
    private final LineMap lines;
    private final Declarators decls;
    private final DocComments docs;

    HeadReader(Toks t, LineMap lines, Declarators decls, DocComments docs) {
        this.t = t;
        this.lines = lines;
        this.decls = decls;
        this.docs = docs;
    }

    /** A definition whose head is {@code [from, bodyFrom)}; null when no declarator is found. */
    CFunction function(int from, int bodyFrom, int bodyTo, CBlock body) {
        int name = declaratorName(from, bodyFrom);
        if (name < 0) {
            return null;
        }
        return build(from, name, lines.span(t.start[from], t.end[bodyTo]), body);
    }

    /** A prototype in {@code [from, end)} (end excludes the ';'), or null when the declaration is no prototype. */
    CFunction prototype(int from, int end, int to) {
        int name = declaratorName(from, end);
        if (name <= from) {
            return null;
        }
        boolean typed = false;
        for (int i = from; i < name; i = t.skip(i, name)) {
            if (t.type[i] == CLexer.ASSIGN || t.type[i] == CLexer.COMMA) {
                return null;
            }
            typed |= t.isWord(i) && !t.in(i, Annotations.QUALIFIERS);
        }
        if (!typed) {
            return null; // static DEFINE_MUTEX(m): C has no implicit int, so a macro, not a prototype
        }
        // after the parameter list only attributes may follow
        for (int i = afterDeclarator(from, name, end); i < end; i = t.skip(i, end)) {
            if (t.type[i] != CLexer.IDENT && t.type[i] != CLexer.LPAREN) {
                return null;
            }
        }
        return build(from, name, lines.span(t.start[from], t.end[to - 1]), null);
    }

    /**
     * The declarator's {@code word (} at the top level of {@code [from, to)}: the last one
     * that is no attribute and does not follow a {@code (...)} group, so that in
     * {@code ACPI_EXPORT_SYMBOL(f) acpi_status g(void)} it is {@code g}, and in
     * {@code int f(void) __acquires(x)} it is {@code f}; -1 when there is none.
     *
     * <p>A group {@code (*...)} followed by a parameter list is the declarator of something
     * that returns a function pointer or is one: in {@code void (*ctor(int s))(void *)} the
     * name is {@code ctor}, found inside the group, and {@code long (*hook)(int)} is a
     * variable, so -1.
     */
    private int declaratorName(int from, int to) {
        int name = -1;
        for (int i = from; i < to; i = t.skip(i, to)) {
            int group = declaratorGroup(i, to);
            if (group >= 0) {
                return declaratorName(group + 1, t.match[group]);
            }
            if (t.type[i] == CLexer.IDENT && t.is(i + 1, CLexer.LPAREN) && i + 1 < to
                    && !t.in(i, Annotations.ATTRIBUTE_CALLS)
                    && (name < 0 || !t.is(i - 1, CLexer.RPAREN))) {
                name = i;
            }
        }
        return name;
    }

    /** The {@code (} of a {@code (*...)(...)} declarator group at {@code i}, or -1. */
    private int declaratorGroup(int i, int to) {
        int open = t.type[i] == CLexer.IDENT && t.is(i + 1, CLexer.LPAREN) ? i + 1 : -1;
        if (open < 0 || t.in(i, Annotations.ATTRIBUTE_CALLS) || !t.is(open + 1, CLexer.STAR)) {
            return -1;
        }
        int close = t.match[open];
        return close > open && close + 1 < to && t.is(close + 1, CLexer.LPAREN) ? open : -1;
    }

    /** The index after the declarator whose name is at {@code name}: after {@code (*f(...))(...)} when grouped. */
    private int afterDeclarator(int from, int name, int to) {
        for (int i = from; i < name; i = t.skip(i, to)) {
            int group = declaratorGroup(i, to);
            if (group >= 0) {
                return t.skip(t.match[group] + 1, to);
            }
        }
        return t.skip(name + 1, to);
    }

    private CFunction build(int from, int name, Span span, CBlock body) {
        StringBuilder ret = new StringBuilder();
        boolean isStatic = false;
        boolean isInline = false;
        for (int i = from; i < name; i = t.skip(i, name)) {
            if (t.type[i] == CLexer.LPAREN && t.match[i] > name) {
                ret.append(" (*)").append(trailingParams(t.match[i])); // void (*f(int))(void *)
                break;
            }
            // the word (or group) [ws, we), read in place: no substring per token of every head
            String text = t.text;
            int ws = t.start[i];
            int we = t.end[Math.max(i, t.skip(i, name) - 1)];
            if (is(ws, we, "static")) {
                isStatic = true;
            } else if (holds(ws, we, "inline")) {
                isInline = true;
            }
            if (Annotations.QUALIFIERS.contains(text, ws, we) && !is(ws, we, "const") && !is(ws, we, "volatile")) {
                continue;
            }
            if (t.type[i] == CLexer.STAR) {
                ret.append(ret.length() > 0 && ret.charAt(ret.length() - 1) != '*' ? " *" : "*");
                continue;
            }
            if (ret.length() > 0) {
                ret.append(' ');
            }
            ret.append(text, ws, we);
        }
        int open = name + 1;
        List<CParameter> params = decls.params(open);
        int close = t.match[open];
        Span paramsSpan = lines.span(t.end[open], t.start[close < 0 ? open : close]);
        return new CFunction(t.text(name), lines.span(t.start[name], t.end[name]), ret.toString(), params,
                paramsSpan, span, body, docs.before(t.start[from]), isStatic, isInline);
    }

    /** Whether the text {@code [from, to)} is {@code word}. */
    private boolean is(int from, int to, String word) {
        return to - from == word.length() && t.text.startsWith(word, from);
    }

    /** Whether {@code word} occurs inside the text {@code [from, to)}. */
    private boolean holds(int from, int to, String word) {
        for (int k = from; k + word.length() <= to; k++) {
            if (t.text.startsWith(word, k)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the parameter list after the {@code )} at {@code close}, or "" when there is none. */
    private String trailingParams(int close) {
        int open = close + 1;
        return t.is(open, CLexer.LPAREN) && t.match[open] > open
                ? t.text.substring(t.start[open], t.end[t.match[open]]) : "";
    }
}
