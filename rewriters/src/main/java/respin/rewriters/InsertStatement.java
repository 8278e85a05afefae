package respin.rewriters;

import java.util.List;
import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.index.Names;
import respin.core.model.CFunction;
import respin.core.model.CStatement;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Adds a statement right after the statement of a function that reads as
 * {@code anchor} (blanks folded), at the same indentation.
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
        if (defs.stream().noneMatch(lf -> find(lf.node().body().statements(), lf.unit().text(), fold(anchor)) != null)) {
            ctx.noTarget(function + "() has no statement '" + anchor + "'");
            return;
        }
        for (Located<CFunction> lf : defs) {
            String text = lf.unit().text();
            CStatement hit = find(lf.node().body().statements(), text, fold(anchor));
            if (hit == null) {
                ctx.leftover(lf.node().nameSpan(), function + "() has no statement '" + anchor + "'");
                continue;
            }
            if (find(lf.node().body().statements(), text, fold(statement)) != null) {
                continue;
            }
            int at = Layout.nextLineStart(text, hit.span().end());
            String indent = Layout.indentation(text, hit.span().start());
            ctx.edit(TextEdit.insert(lf.path(), at, indent + statement + "\n", displayName()));
            ctx.site(hit.span(), "after '" + anchor + "' in " + function + "(): " + statement);
        }
    }

    private static CStatement find(List<CStatement> statements, String text, String want) {
        for (CStatement s : statements) {
            if (fold(text.substring(s.span().start(), s.span().end())).equals(want)) {
                return s;
            }
            CStatement inner = find(s.children(), text, want);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
