package respin.rewriters;

import java.util.Optional;
import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.index.TypeResolver;
import respin.core.model.CCall;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Adds a parameter to a function at a position, in every declaration, and passes it
 * at every call: the caller's own parameter of the same type is what it passes.
 */
public final class AddParameter implements Rewriter {
    private final String function;
    private final int position;
    private final String type;
    private final String name;

    public AddParameter(String function, int position, String type, String name) {
        this.function = function;
        this.position = position;
        this.type = type;
        this.name = name;
    }

    @Override
    public String displayName() {
        return "Add parameter " + Layout.declaration(type, name) + " to " + function + "()";
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(function);
    }

    @Override
    public Set<String> adds() {
        return Set.of(name);
    }

    @Override
    public void plan(PlanContext ctx) {
        String decl = Layout.declaration(type, name);
        if (ctx.index().functions(function).isEmpty()) {
            ctx.noTarget("no function " + function + "() in the tree" + ctx.index().nearestFunction(function));
            return;
        }
        int migratedArity = -1;
        for (Located<CFunction> lf : ctx.index().functions(function)) {
            if (lf.node().param(name).isPresent()) {
                migratedArity = lf.node().params().size();
            }
        }
        for (Located<CFunction> lf : ctx.index().functions(function)) {
            CFunction f = lf.node();
            if (f.param(name).isPresent()) {
                continue;
            }
            if (position > f.params().size()) {
                ctx.leftover(f.nameSpan(), function + "() has fewer than " + position + " parameters");
                continue;
            }
            if (position < f.params().size()) {
                ctx.edit(TextEdit.insert(lf.path(), f.params().get(position).span().start(), decl + ", ",
                        displayName()));
            } else {
                String sep = f.params().isEmpty() ? "" : ", ";
                int at = f.params().isEmpty() ? f.paramsSpan().start() : f.paramsSpan().end();
                ctx.edit(new TextEdit(lf.path(), at, f.paramsSpan().end(), sep + decl, displayName()));
            }
            ctx.site(f.nameSpan(), (f.isDefinition() ? "definition" : "prototype") + " of " + function
                    + "() gains " + decl);
        }
        for (Located<CCall> lc : ctx.index().callsTo(function)) {
            CCall c = lc.node();
            if (migratedArity >= 0 && c.args().size() >= migratedArity) {
                continue; // the call passes it already
            }
            CFunction caller = lc.unit().enclosingFunction(c.span().start());
            Optional<CParameter> source = caller == null ? Optional.empty() : caller.params().stream()
                    .filter(p -> TypeResolver.normalise(p.type()).equals(TypeResolver.normalise(type))).findFirst();
            if (source.isEmpty()) {
                ctx.leftover(c.span(), "call of " + function + "() has no " + type.strip() + " at hand to pass");
                continue;
            }
            String arg = source.get().name();
            if (position < c.args().size()) {
                ctx.edit(TextEdit.insert(lc.path(), c.args().get(position).span().start(), arg + ", ",
                        displayName()));
            } else {
                ctx.edit(TextEdit.insert(lc.path(), c.argsSpan().end(), (c.args().isEmpty() ? "" : ", ") + arg,
                        displayName()));
            }
            ctx.site(c.span(), "call in " + caller.name() + "() passes " + arg);
        }
    }
}
