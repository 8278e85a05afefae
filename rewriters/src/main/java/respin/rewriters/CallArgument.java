package respin.rewriters;

import java.util.Optional;
import respin.core.index.CType;
import respin.core.index.ExpressionTypes;
import respin.core.model.CField;
import respin.core.model.CFunction;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;
import respin.core.model.tree.CFieldAccess;
import respin.core.model.tree.CInvocation;
import respin.core.plan.PlanContext;
import respin.core.plan.TypeChange;

/**
 * A retyped value passed as argument {@code k} of a call: unchanged when the parameter
 * was retyped too (the two steps are coupled), converted when the parameter wants the
 * old type (a named function's declaration or a function-pointer member's), else left
 * for a human with what the parameter wants.
 */
final class CallArgument {
    /** How a use is replaced by its conversion. */
    interface Wrap {
        void wrap(Span use, String expr, String step, String why);
    }

    private final PlanContext ctx;
    private final CTranslationUnit u;
    private final CInvocation call;
    private final String oldType;
    private final String newType;
    private final String callee;

    CallArgument(PlanContext ctx, CTranslationUnit u, CInvocation call, String oldType, String newType) {
        this.ctx = ctx;
        this.u = u;
        this.call = call;
        this.oldType = oldType;
        this.newType = newType;
        this.callee = u.text(call.callee().span());
    }

    void decide(int k, Span use, String expr, String step, Wrap wrap) {
        Optional<TypeChange> param = paramChange(k);
        if (param.isPresent()) {
            ctx.site(step, use, expr + " passed to " + callee + "(), whose parameter is " + newType
                    + " too: unchanged");
            ctx.couple(step, param.get().step(), use.file(), callee);
            return;
        }
        Optional<String> wanted = paramType(k);
        if (wanted.isPresent() && wanted.get().equals(oldType)) {
            wrap.wrap(use, expr, step, "passed to " + callee + "(), which wants " + oldType);
        } else if (wanted.isEmpty()) {
            ctx.leftover(use, expr + " (now " + newType + ") is passed to " + callee
                    + "(), whose parameter type respin cannot see");
        } else {
            ctx.leftover(use, expr + " (now " + newType + ") is passed to " + callee + "(), which wants "
                    + wanted.get());
        }
    }

    /** The plan's change of parameter {@code k} of the callee: a function, or a function-pointer local. */
    private Optional<TypeChange> paramChange(int k) {
        if (call.name() == null) {
            return Optional.empty();
        }
        Optional<TypeChange> direct = ctx.paramChange(call.name(), k);
        if (direct.isPresent()) {
            return direct;
        }
        CFunction f = u.enclosingFunction(call.span().start());
        return f == null ? Optional.empty() : ctx.paramChange(f.name() + "::" + call.name(), k);
    }

    /** The declared type of parameter {@code k}: of a named function, or of a function-pointer member. */
    private Optional<String> paramType(int k) {
        if (call.name() != null) {
            return UseDecision.callee(ctx, call, k).map(f -> CType.normalise(f.node().params().get(k).type()));
        }
        if (!(call.callee() instanceof CFieldAccess a)) {
            return Optional.empty();
        }
        ExpressionTypes types = ctx.types().nodes();
        Optional<CField> f = types.field(types.of(u, a.target()), a.name());
        return f.filter(x -> x.declarator().fnParams().size() > k)
                .map(x -> CType.normalise(x.declarator().fnParams().get(k).type()));
    }
}
