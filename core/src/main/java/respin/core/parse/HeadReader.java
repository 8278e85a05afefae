package respin.core.parse;

import java.util.List;
import respin.core.model.CBlock;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.LineMap;
import respin.core.model.Span;

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
            typed |= t.isWord(i) && !Annotations.QUALIFIERS.contains(t.text(i));
        }
        if (!typed) {
            return null; // static DEFINE_MUTEX(m): C has no implicit int, so a macro, not a prototype
        }
        // after the parameter list only attributes may follow
        for (int i = t.skip(name + 1, end); i < end; i = t.skip(i, end)) {
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
     */
    private int declaratorName(int from, int to) {
        int name = -1;
        for (int i = from; i < to; i = t.skip(i, to)) {
            if (t.type[i] == CLexer.IDENT && t.is(i + 1, CLexer.LPAREN) && i + 1 < to
                    && !Annotations.ATTRIBUTE_CALLS.contains(t.text(i))
                    && (name < 0 || !t.is(i - 1, CLexer.RPAREN))) {
                name = i;
            }
        }
        return name;
    }

    private CFunction build(int from, int name, Span span, CBlock body) {
        StringBuilder ret = new StringBuilder();
        boolean isStatic = false;
        boolean isInline = false;
        for (int i = from; i < name; i = t.skip(i, name)) {
            String word = t.text.substring(t.start[i], t.end[Math.max(i, t.skip(i, name) - 1)]);
            if (word.equals("static")) {
                isStatic = true;
            } else if (word.contains("inline")) {
                isInline = true;
            }
            if (Annotations.QUALIFIERS.contains(word) && !word.equals("const") && !word.equals("volatile")) {
                continue;
            }
            if (t.type[i] == CLexer.STAR) {
                ret.append(ret.length() > 0 && ret.charAt(ret.length() - 1) != '*' ? " *" : "*");
                continue;
            }
            if (ret.length() > 0) {
                ret.append(' ');
            }
            ret.append(word);
        }
        int open = name + 1;
        List<CParameter> params = decls.params(open);
        int close = t.match[open];
        Span paramsSpan = lines.span(t.end[open], t.start[close < 0 ? open : close]);
        return new CFunction(t.text(name), lines.span(t.start[name], t.end[name]), ret.toString(), params,
                paramsSpan, span, body, docs.before(t.start[from]), isStatic, isInline);
    }
}
