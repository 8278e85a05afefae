package respin.rewriters;

import java.util.Set;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.index.Names;
import respin.core.model.CFunction;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Replaces the body of a function definition with the recipe's text, for logic no
 * mechanical rule can derive (the symbol_get() dance becoming one get_file_active()).
 * Uses inside the old body are not looked at again by other rewriters. A
 * {@code static inline} stub standing in for the real definition is left alone.
 */
public final class ReplaceBody implements Rewriter {
    private final String function;
    private final String body;

    /** {@code body} runs from the opening brace to the closing one, tabs and all. */
    public ReplaceBody(String function, String body) {
        this.function = function;
        this.body = body;
    }

    @Override
    public String displayName() {
        return "Rewrite the body of " + function + "()";
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(function);
    }

    @Override
    public Set<String> needs() {
        return Names.identifiers(body);
    }

    @Override
    public void plan(PlanContext ctx) {
        var defs = ctx.index().definitions(function);
        if (defs.isEmpty()) {
            ctx.noTarget("no definition of " + function + "() in the tree" + ctx.index().nearestFunction(function));
            return;
        }
        boolean hasReal = defs.stream().anyMatch(d -> !d.node().isStaticInline());
        for (Located<CFunction> lf : defs) {
            if (hasReal && lf.node().isStaticInline()) {
                continue; // a stub for configurations without the real thing keeps its empty body
            }
            var span = lf.node().body().span();
            if (lf.unit().text(span).equals(body)) {
                continue;
            }
            ctx.replaced(span);
            ctx.edit(TextEdit.replace(span, body, displayName()));
            ctx.site(lf.node().nameSpan(), "body of " + function + "() rewritten by the recipe");
        }
    }
}
