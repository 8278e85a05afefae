package respin.rewriters;

import java.util.List;
import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.index.Names;
import respin.core.model.CFunction;
import respin.core.model.tree.CFunctionDefinition;
import respin.core.model.tree.CStmt;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Adds a statement right after the statement of a function's body whose tokens are those
 * of {@code anchor} (blanks and comments aside, at any depth), at the same indentation;
 * nothing where the body has the statement already.
 */
public final class InsertStatement implements Rewriter {
    private final String function;
    private final String anchor;
    private final String statement;

    public InsertStatement(String function, String anchor, String statement) {
        this.function = function;
        this.anchor = anchor;
        this.statement = statement;
    }

    @Override
    public String displayName() {
        return "Add '" + statement + "' to " + function + "()";
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(function);
    }

    @Override
    public Set<String> needs() {
        return Names.identifiers(statement);
    }

    @Override
    public void plan(PlanContext ctx) {
        var defs = ctx.index().definitions(function);
        if (defs.isEmpty()) {
            ctx.noTarget("no definition of " + function + "() in the tree" + ctx.index().nearestFunction(function));
            return;
        }
        List<String> want = Definitions.tokens(anchor);
        List<String> added = Definitions.tokens(statement);
        if (defs.stream().noneMatch(lf -> find(lf, want) != null)) {
            ctx.noTarget(function + "() has no statement '" + anchor + "'");
            return;
        }
        for (Located<CFunction> lf : defs) {
            String text = lf.unit().text();
            CStmt hit = find(lf, want);
            if (hit == null) {
                ctx.leftover(lf.node().nameSpan(), function + "() has no statement '" + anchor + "'");
                continue;
            }
            if (find(lf, added) != null) {
                continue;
            }
            int at = Layout.nextLineStart(text, hit.span().end());
            String indent = Layout.indentation(text, hit.span().start());
            ctx.edit(TextEdit.insert(lf.path(), at, indent + statement + "\n", displayName()));
            ctx.site(hit.span(), "after '" + anchor + "' in " + function + "(): " + statement);
        }
    }

    /** The first statement of the definition's body, in source order, whose tokens are {@code want}; or null. */
    private static CStmt find(Located<CFunction> lf, List<String> want) {
        CFunctionDefinition def = Definitions.of(lf.unit(), lf.node());
        if (def == null || def.body() == null) {
            return null;
        }
        List<CStmt> hits = def.body().find(CStmt.class, s -> Definitions.sameTokens(s, want));
        return hits.isEmpty() ? null : hits.get(0);
    }
}
