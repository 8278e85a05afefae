package respin.rewriters;

import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.TypeResolver;
import respin.core.model.CDeclarator;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;
import respin.core.model.tree.CAssignment;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CFunctionDefinition;
import respin.core.model.tree.CIdentifier;
import respin.core.model.tree.CInitDeclarator;
import respin.core.model.tree.CInvocation;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CUnary;
import respin.core.plan.PlanContext;
import respin.core.plan.TypeChange;

/**
 * Keeps local function pointers in step with a function whose parameter changes
 * type: a local {@code fn} that is assigned {@code symbol_get(f)}, {@code f} or
 * {@code &f} (an assignment or an initializer node whose target is the name {@code fn})
 * gets the same parameter type.
 */
final class FunctionPointerLocals {
    private final String function;
    private final int index;
    private final String newType;

    FunctionPointerLocals(String function, int index, String newType) {
        this.function = function;
        this.index = index;
        this.newType = newType;
    }

    void plan(PlanContext ctx) {
        for (CTranslationUnit u : ctx.index().units()) {
            if (!u.names(function)) {
                continue;
            }
            for (CFunction f : u.functions()) {
                if (!f.isDefinition()) {
                    continue;
                }
                for (CDeclarator d : f.localsBefore(f.body().span().end())) {
                    if (!d.functionPointer() || d.fnParams().size() <= index) {
                        continue;
                    }
                    Span held = held(u, f, d.name());
                    if (held == null) {
                        continue;
                    }
                    ctx.site(held, d.name() + " holds " + function + "(): its parameter " + index + " follows");
                    CParameter p = d.fnParams().get(index);
                    if (TypeResolver.normalise(p.type()).equals(TypeResolver.normalise(newType))) {
                        continue;
                    }
                    String name = p.name() == null ? "" : p.name();
                    ctx.edit(TextEdit.replace(p.span(), Layout.declaration(newType, name).strip(),
                            "Change " + d.name() + "() to match " + function + "()"));
                    ctx.typeChanged(new TypeChange(TypeChange.Kind.PARAMETER, f.name() + "::" + d.name(),
                            Integer.toString(index), name, TypeResolver.normalise(p.type()),
                            TypeResolver.normalise(newType), ctx.step()));
                    ctx.site(p.span(), "function pointer " + d.name() + " in " + f.name() + "() follows "
                            + function + "()");
                }
            }
        }
    }

    /**
     * From the name {@code local} to the name of the function, in the first assignment or
     * initializer of the definition that stores the function in {@code local}; or null.
     */
    private Span held(CTranslationUnit u, CFunction f, String local) {
        CFunctionDefinition def = Definitions.of(u, f);
        if (def == null) {
            return null;
        }
        for (CTree n : def.body().find(CTree.class, n -> n instanceof CAssignment || n instanceof CInitDeclarator)) {
            CIdentifier stored = null;
            Span target = null;
            if (n instanceof CAssignment a && a.operator().equals("=") && a.target().isName(local)) {
                stored = function(a.value());
                target = a.target().span();
            } else if (n instanceof CInitDeclarator d && local.equals(d.nameText()) && d.initializer() != null) {
                stored = function(d.initializer());
                target = d.name().span();
            }
            if (stored != null) {
                return u.lines().span(target.start(), stored.span().end());
            }
        }
        return null;
    }

    /** The name of the function when {@code value} is {@code f}, {@code &f} or {@code symbol_get(f)}; else null. */
    private CIdentifier function(CExpression value) {
        CTree v = value;
        if (v instanceof CUnary u && u.operator().equals("&") && !u.postfix()) {
            v = u.operand();
        } else if (v instanceof CInvocation call && call.calls("symbol_get") && call.arguments().size() == 1) {
            v = call.argument(0);
        }
        return v instanceof CIdentifier id && id.name().equals(function) ? id : null;
    }
}
