package respin.rewriters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.Export;
import respin.core.index.ExportUsers;
import respin.core.index.SymbolUses;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Stops exporting a symbol that nothing outside its subsystem uses any more: its
 * {@code EXPORT_SYMBOL*} line becomes the subsystem's internal export macro when the
 * tree defines one, and goes away otherwise, but only when no other file of the
 * subsystem uses it either (it may be another module: kvm-intel.ko uses kvm.ko). While a user outside remains (counting the
 * recipe's own edits only as far as they are known), the export stays and each user is
 * left for a human.
 */
public final class Unexport implements Rewriter {
    private final String symbol;
    private final List<String> inside;
    private final String internalMacro;

    /**
     * @param inside        the subsystem's folders ({@code virt/kvm}, {@code arch/*}{@code /kvm})
     * @param internalMacro the export macro for the subsystem's own modules, or null
     */
    public Unexport(String symbol, List<String> inside, String internalMacro) {
        this.symbol = symbol;
        this.inside = List.copyOf(inside);
        this.internalMacro = internalMacro;
    }

    @Override
    public String displayName() {
        return "Stop exporting " + symbol + "() outside " + String.join(", ", inside);
    }

    @Override
    public Set<String> identifiers() {
        return internalMacro == null ? Set.of(symbol) : Set.of(symbol, internalMacro);
    }

    @Override
    public void plan(PlanContext ctx) {
        List<Span> users = new ArrayList<>();
        List<Span> insideUsers = new ArrayList<>();
        List<Export> exports = new ArrayList<>();
        boolean macroDefined = false;
        for (CTranslationUnit u : ctx.index().units()) {
            macroDefined |= internalMacro != null && u.directives().stream()
                    .anyMatch(d -> d.keyword().equals("define") && internalMacro.equals(d.macroName()));
            if (ExportUsers.isInside(u.path(), inside)) {
                List<Export> here = exports(u);
                exports.addAll(here);
                if (here.isEmpty()) {
                    insideUsers.addAll(SymbolUses.in(u, Set.of(symbol)).getOrDefault(symbol, List.of()));
                }
            } else {
                SymbolUses.in(u, Set.of(symbol)).getOrDefault(symbol, List.of()).stream()
                        .filter(s -> !ctx.isReplaced(s) && !ctx.isEdited(s)).forEach(users::add);
            }
        }
        if (exports.isEmpty() && ctx.index().functions(symbol).isEmpty() && ctx.index().variables(symbol).isEmpty()) {
            ctx.noTarget("no " + symbol + " in the tree" + ctx.index().nearestFunction(symbol));
            return;
        }
        if (exports.isEmpty()) {
            ctx.leftover(null, symbol + "() is not exported under " + String.join(", ", inside));
            return;
        }
        if (!users.isEmpty()) {
            for (Span s : users) {
                ctx.leftover(s, symbol + "() is used here, outside " + String.join(", ", inside)
                        + ": its export stays");
            }
            return;
        }
        if (!macroDefined && !insideUsers.isEmpty()) {
            for (Span s : insideUsers) {
                ctx.leftover(s, symbol + "() is used here, maybe from another module of the subsystem, and the "
                        + "tree has no " + (internalMacro == null ? "internal export macro" : internalMacro)
                        + ": its export stays");
            }
            return;
        }
        for (Export e : exports) {
            if (e.macro().equals(internalMacro)) {
                ctx.site(e.span(), symbol + "() is exported for the subsystem only already");
            } else if (macroDefined) {
                ctx.edit(TextEdit.replace(new Span(e.span().file(), e.span().start(),
                        e.span().start() + e.macro().length(), e.span().line(), e.span().col()), internalMacro,
                        displayName()));
                ctx.site(e.span(), e.macro() + "(" + symbol + ") becomes " + internalMacro + "(" + symbol
                        + "): no user outside");
            } else {
                String text = ctx.index().unit(e.span().file()).orElseThrow().text();
                int start = Layout.lineStart(text, e.span().start());
                ctx.edit(new TextEdit(e.span().file(), start, Layout.nextLineStart(text, e.span().end()), "",
                        displayName()));
                ctx.site(e.span(), e.macro() + "(" + symbol + ") removed: no user outside"
                        + (internalMacro == null ? "" : " and the tree has no " + internalMacro));
            }
        }
    }

    /**
     * The file's exports of the symbol: file-level items made of the tokens
     * {@code EXPORT_*(symbol);} or {@code EXPORT_*(symbol, namespace);}, whatever node the
     * parser made of them (a macro at file level reads as a declaration).
     */
    private List<Export> exports(CTranslationUnit u) {
        List<Export> out = new ArrayList<>();
        if (!u.names(symbol)) {
            return out; // cheap: no tree for a file that never names it
        }
        for (CTree item : u.syntax().parts()) {
            List<CToken> t = item.tokens();
            int n = t.size();
            if (n >= 5 && isExportMacro(t.get(0).text()) && t.get(1).text().equals("(")
                    && t.get(2).text().equals(symbol) && (n == 5 || t.get(3).text().equals(","))
                    && t.get(n - 2).text().equals(")") && t.get(n - 1).text().equals(";")) {
                out.add(new Export(symbol, t.get(0).text(), item.span()));
            }
        }
        return out;
    }

    /** {@code EXPORT_SYMBOL}, {@code EXPORT_SYMBOL_GPL}, {@code EXPORT_SYMBOL_NS_GPL}, {@code EXPORT_X_SYMBOL}. */
    private static boolean isExportMacro(String name) {
        return name.startsWith("EXPORT_SYMBOL") || name.startsWith("EXPORT_") && name.indexOf("_SYMBOL", 8) >= 0;
    }
}
