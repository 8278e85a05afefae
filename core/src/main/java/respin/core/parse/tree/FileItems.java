package respin.core.parse.tree;

import java.util.ArrayList;
import java.util.List;
import respin.core.model.tree.CCompound;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CExpressionStatement;
import respin.core.model.tree.CFunctionDefinition;
import respin.core.model.tree.CInitializerList;
import respin.core.model.tree.CMacroStatement;
import respin.core.model.tree.CParameterDeclaration;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CTypeName;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.GroupedTokens;
import respin.core.parse.lex.Toks;

/**
 * The items of a file, in order, covering every visible token: function definitions
 * (a head ending in a parameter list, then a body), declarations up to their ';',
 * macro lines and table elements with no ';' (as {@link GroupedTokens} finds them),
 * and stray closing brackets.
 */
final class FileItems {
    private final Syntax s;
    private final Toks t;

    FileItems(Syntax s) {
        this.s = s;
        this.t = s.t;
    }

    List<CTree> all() {
        List<CTree> items = new ArrayList<>();
        int n = t.size();
        int prev = -1;
        int i = 0;
        while (i < n) {
            int line = GroupedTokens.macroLineEnd(t, i, prev);
            int table = line < 0 ? GroupedTokens.initializerItemEnd(t, i, prev) : -1;
            int ty = t.type[i];
            if (line >= 0) {
                items.add(macroLine(i, line));
                prev = CLexer.MACRO_LINE;
                i = line + 1;
            } else if (table >= 0) {
                CInitializerList list = s.exprs.initializers().list(i);
                List<CTree> parts = new ArrayList<>(List.of(list));
                if (table > t.match[i]) {
                    parts.add(s.tok(table));
                }
                items.add(new CExpressionStatement(s.span(parts), parts, list));
                prev = CLexer.INIT_ITEM;
                i = table + 1;
            } else if (ty == CLexer.RPAREN || ty == CLexer.RBRACKET || ty == CLexer.RBRACE) {
                items.add(s.opaqueStmt(i, i + 1, "unbalanced bracket"));
                prev = ty;
                i++;
            } else {
                i = item(i, n, items);
                prev = t.type[i - 1];
            }
        }
        return items;
    }

    /** Adds the declaration or function definition that starts at {@code i}; returns where it ends. */
    private int item(int i, int n, List<CTree> items) {
        int k = i;
        while (k < n) {
            int ty = t.type[k];
            if (ty == CLexer.SEMI) {
                items.add(declaration(i, k + 1));
                return k + 1;
            }
            if (ty == CLexer.RPAREN || ty == CLexer.RBRACKET || ty == CLexer.RBRACE) {
                break;
            }
            if (ty == CLexer.LBRACE && t.match[k] > k) {
                if (isFunctionBody(i, k)) {
                    items.add(function(i, k));
                    return t.match[k] + 1;
                }
                k = t.match[k] + 1;
            } else {
                k = t.skip(k, n);
            }
        }
        items.add(declaration(i, k));
        return k;
    }

    /** A declaration, or an opaque item when it has neither a name nor a body ({@code * * *}). */
    private CTree declaration(int from, int to) {
        int end = t.is(to - 1, CLexer.SEMI) ? to - 1 : to;
        for (int k = from; k < end; k++) {
            int ty = t.type[k];
            if (ty == CLexer.IDENT || ty == CLexer.STRUCT || ty == CLexer.UNION || ty == CLexer.ENUM) {
                return s.decls.declaration(from, to);
            }
        }
        return s.opaqueStmt(from, to, "declaration without a name");
    }

    /** True when the '{' at {@code brace} opens a function body: a parameter list and words only before it. */
    private boolean isFunctionBody(int from, int brace) {
        int j = brace - 1;
        boolean params = false;
        while (j >= from) {
            if (t.type[j] == CLexer.RPAREN && t.match[j] >= from && t.match[j] < j) {
                params = true;
                j = t.match[j] - 1;
            } else if (t.type[j] == CLexer.IDENT) {
                j--;
            } else {
                break;
            }
        }
        int before = j >= from ? t.type[j] : -1;
        return params && before != CLexer.ASSIGN && before != CLexer.STRUCT && before != CLexer.UNION
                && before != CLexer.ENUM;
    }

    private CFunctionDefinition function(int from, int brace) {
        int name = s.decls.name(from, brace);
        int typeEnd = name < 0 ? from : s.decls.typeEnd(from, name);
        List<CTree> parts = new ArrayList<>();
        CTypeName returnType = null;
        if (typeEnd > from) {
            returnType = s.exprs.types().typeName(from, typeEnd);
            parts.add(returnType);
        }
        int open = name >= 0 && name + 1 < brace && t.type[name + 1] == CLexer.LPAREN ? name + 1 : -1;
        int close = open < 0 ? -1 : t.match[open];
        if (close > open && close < brace) {
            parts.addAll(s.toks(typeEnd, open + 1));
            int[] index = {0};
            s.commaList(open + 1, close, (a, b) -> parameter(a, b, index[0]++), parts);
            parts.addAll(s.toks(close, brace));
        } else {
            parts.addAll(s.toks(typeEnd, brace));
        }
        CCompound body = s.stmts.compound(brace);
        parts.add(body);
        CToken nameTok = name < 0 ? null : (CToken) parts.stream().filter(p -> p instanceof CToken
                && p.span().start() == t.start[name]).findFirst().orElse(null);
        return new CFunctionDefinition(s.span(parts), parts, nameTok, returnType, body);
    }

    /** Tokens {@code [from, to)} as parameter {@code index}: its name is the last word that is not a type word. */
    private CParameterDeclaration parameter(int from, int to, int index) {
        List<CTree> parts = s.toks(from, to);
        int name = s.decls.name(from, to);
        boolean named = name > from && t.type[name - 1] != CLexer.STRUCT && t.type[name - 1] != CLexer.UNION
                && t.type[name - 1] != CLexer.ENUM;
        return new CParameterDeclaration(s.span(parts), parts, index, named ? (CToken) parts.get(name - from) : null);
    }

    /**
     * {@code NAME(...)} on lines of its own: alone, with a ',' after it, or followed by
     * designated initializers up to a closing word ({@code DT_MACHINE_START(...) .x = y, MACHINE_END}).
     */
    private CTree macroLine(int from, int last) {
        int close = t.match[from + 1];
        CExpression call = s.exprs.full(from, close + 1, false);
        List<CTree> parts = new ArrayList<>(List.of(call));
        if (last > close && t.type[last] == CLexer.IDENT && last > close + 1) {
            s.commaList(close + 1, last, s.exprs.initializers()::item, parts);
            parts.add(s.tok(last));
        } else {
            parts.addAll(s.toks(close + 1, last + 1));
        }
        return new CMacroStatement(s.span(parts), parts, call);
    }
}
