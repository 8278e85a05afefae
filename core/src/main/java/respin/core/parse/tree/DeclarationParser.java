package respin.core.parse.tree;

import java.util.ArrayList;
import java.util.List;
import respin.core.model.tree.CDeclaration;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CInitDeclarator;
import respin.core.model.tree.CRecordSpecifier;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CTypeName;
import respin.core.parse.lex.Annotations;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/**
 * Declarations, in bodies and at file level: specifiers, declarators split at the
 * top-level commas, initializers after '=' (braced lists with designators, or
 * expressions), and struct, union or enum bodies with their members.
 */
final class DeclarationParser {
    /** Words that can only start a declaration. */
    private static final java.util.Set<String> STORAGE = java.util.Set.of("static", "extern", "register",
            "const", "volatile", "__thread", "_Thread_local", "thread_local");
    private final Syntax s;
    private final Toks t;

    DeclarationParser(Syntax s) {
        this.s = s;
        this.t = s.t;
    }

    /** True when the statement {@code [from, end)} (without its ';') declares something. */
    boolean isDeclaration(int from, int end) {
        int ty = t.type[from];
        if (ty == CLexer.STRUCT || ty == CLexer.UNION || ty == CLexer.ENUM || ty == CLexer.TYPEDEF) {
            return true;
        }
        if (ty == CLexer.IDENT && STORAGE.contains(s.text(from)) && end > from + 1) {
            return true;
        }
        if (ty == CLexer.IDENT && Operators.isTypeof(s.text(from)) && s.close(from + 1, end) > 0
                && s.is(t.match[from + 1] + 1, CLexer.IDENT)) {
            return true;
        }
        return LocalDeclarations.looksLikeDeclaration(t, from, end);
    }

    /** The declaration of tokens {@code [from, to)}; the last one is its ';' when there is one. */
    CDeclaration declaration(int from, int to) {
        int end = t.is(to - 1, CLexer.SEMI) ? to - 1 : to;
        List<CTree> parts = new ArrayList<>();
        List<CInitDeclarator> declarators = new ArrayList<>();
        CRecordSpecifier record = null;
        CTypeName specifiers = null;
        int a = from;
        boolean first = true;
        for (int k = from; k <= end; k = k < end ? t.skip(k, end) : end + 1) {
            if (k < end && t.type[k] != CLexer.COMMA) {
                continue;
            }
            List<CTree> dparts = new ArrayList<>();
            int dFrom = a;
            if (first) {
                int body = recordBody(a, k);
                int name = name(body < 0 ? a : t.match[body] + 1, k);
                int typeEnd = name >= 0 ? typeEnd(a, name) : body >= 0 ? k : a;
                if (typeEnd > a) {
                    List<CTree> sp = new ArrayList<>();
                    if (body >= 0) {
                        record = record(a, body);
                        sp.addAll(s.toks(a, recordStart(a, body)));
                        sp.add(record);
                        sp.addAll(s.toks(t.match[body] + 1, typeEnd));
                    } else {
                        sp.addAll(s.toks(a, typeEnd));
                    }
                    specifiers = new CTypeName(s.span(sp), sp);
                    parts.add(specifiers);
                    dFrom = typeEnd;
                }
            }
            if (dFrom < k) {
                CInitDeclarator d = declarator(dFrom, k, dparts);
                declarators.add(d);
                parts.add(d);
            }
            if (k < end) {
                parts.add(s.tok(k));
            }
            a = k + 1;
            first = false;
        }
        if (end < to) {
            parts.add(s.tok(end));
        }
        return new CDeclaration(s.span(parts), parts, specifiers, record, List.copyOf(declarators));
    }

    /** One declarator {@code [from, to)} with its initializer; {@code parts} may already hold a record. */
    private CInitDeclarator declarator(int from, int to, List<CTree> parts) {
        int eq = s.find(from, to, CLexer.ASSIGN);
        int declEnd = eq < 0 ? to : eq;
        int name = name(from, declEnd);
        parts.addAll(s.toks(from, declEnd));
        CExpression init = null;
        if (eq >= 0) {
            parts.add(s.tok(eq));
            init = s.exprs.initializers().value(eq + 1, to);
            if (init != null) {
                parts.add(init);
            }
        }
        CToken nameTok = name < 0 ? null : (CToken) parts.stream().filter(p -> p instanceof CToken
                && p.span().start() == t.start[name]).findFirst().orElse(null);
        return new CInitDeclarator(s.span(parts), parts, nameTok, init);
    }

    /** The declared name in {@code [from, to)}: inside {@code (*name)}, else the last plain word; or -1. */
    int name(int from, int to) {
        int found = -1;
        for (int k = from; k < to; k = t.skip(k, to)) {
            int ty = t.type[k];
            if (ty == CLexer.LPAREN && s.is(k + 1, CLexer.STAR) && s.close(k, to) > 0) {
                int n = k + 1;
                while (n < t.match[k] && (s.is(n, CLexer.STAR) || Annotations.QUALIFIERS.contains(s.text(n)))) {
                    n++;
                }
                if (s.is(n, CLexer.IDENT)) {
                    return n;
                }
            } else if (ty == CLexer.COLON || ty == CLexer.ASSIGN) {
                break;
            } else if (ty == CLexer.IDENT && !Annotations.QUALIFIERS.contains(s.text(k))
                    && !(Annotations.ATTRIBUTE_CALLS.contains(s.text(k)) && s.is(k + 1, CLexer.LPAREN))
                    && !Annotations.TYPE_WORDS.contains(s.text(k))) {
                found = k;
            }
        }
        return found;
    }

    /** Where the type words before the declarator at {@code name} end: before its stars and '('. */
    int typeEnd(int from, int name) {
        int k = name;
        while (k - 1 > from && (s.is(k - 1, CLexer.STAR) || s.is(k - 1, CLexer.LPAREN)
                || Annotations.QUALIFIERS.contains(s.text(k - 1)) && s.is(k - 2, CLexer.STAR))) {
            k--;
        }
        return k;
    }

    /** The '{' of a struct, union or enum body among the specifiers {@code [from, to)}, or -1. */
    private int recordBody(int from, int to) {
        for (int k = from; k < to; k++) {
            int ty = t.type[k];
            if (ty == CLexer.STRUCT || ty == CLexer.UNION || ty == CLexer.ENUM) {
                int j = k + 1;
                while (j < to && t.type[j] == CLexer.IDENT) {
                    j = s.is(j + 1, CLexer.LPAREN) && s.close(j + 1, to) > 0 ? t.match[j + 1] + 1 : j + 1;
                }
                return s.is(j, CLexer.LBRACE) && s.close(j, to) > 0 ? j : -1;
            }
            if (ty == CLexer.ASSIGN || ty == CLexer.LPAREN || ty == CLexer.LBRACE) {
                return -1;
            }
        }
        return -1;
    }

    private int recordStart(int from, int body) {
        int k = body - 1;
        while (k > from && t.type[k] != CLexer.STRUCT && t.type[k] != CLexer.UNION && t.type[k] != CLexer.ENUM) {
            k--;
        }
        return k;
    }

    /** {@code struct tag { members }}: the keyword before {@code body}, which opens the braces. */
    private CRecordSpecifier record(int from, int body) {
        int kw = recordStart(from, body);
        int close = t.match[body];
        String tag = null;
        for (int k = kw + 1; k < body; k++) {
            if (t.type[k] == CLexer.IDENT && !Annotations.QUALIFIERS.contains(s.text(k))
                    && !s.is(k + 1, CLexer.LPAREN)) {
                tag = s.text(k);
            }
        }
        List<CTree> parts = new ArrayList<>(s.toks(kw, body + 1));
        List<CTree> members = new ArrayList<>();
        if (!s.enter()) {
            parts.add(s.opaqueStmt(body + 1, close, Syntax.TOO_DEEP));
        } else {
            try {
                if (t.type[kw] == CLexer.ENUM) {
                    members = enumerators(body + 1, close, parts);
                } else {
                    members = members(body + 1, close);
                    parts.addAll(members);
                }
            } finally {
                s.exit();
            }
        }
        parts.add(s.tok(close));
        return new CRecordSpecifier(s.span(parts), parts, s.text(kw), tag, List.copyOf(members));
    }

    private List<CTree> members(int from, int to) {
        List<CTree> out = new ArrayList<>();
        int a = from;
        while (a < to) {
            int semi = s.find(a, to, CLexer.SEMI);
            int end = semi < 0 ? to : semi + 1;
            out.add(declaration(a, end));
            a = end;
        }
        return out;
    }

    private List<CTree> enumerators(int from, int to, List<CTree> parts) {
        return new ArrayList<>(s.commaList(from, to, (a, k) -> declarator(a, k, new ArrayList<>()), parts));
    }
}
