package respin.rewriters;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.TypeResolver;
import respin.core.model.CDeclarator;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;
import respin.core.plan.PlanContext;
import respin.core.plan.TypeChange;

/**
 * Keeps local function pointers in step with a function whose parameter changes
 * type: a local {@code fn} that is assigned {@code symbol_get(f)}, {@code f} or
 * {@code &f} gets the same parameter type.
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
            if (!u.text().contains(function)) {
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
                    Pattern assigned = Pattern.compile("\\b" + Pattern.quote(d.name())
                            + "\\s*=\\s*(symbol_get\\s*\\(\\s*|&\\s*)?" + Pattern.quote(function) + "\\b");
                    Matcher found = assigned.matcher(u.text(f.body().span()));
                    if (!found.find()) {
                        continue;
                    }
                    int at = f.body().span().start() + found.start();
                    ctx.site(u.lines().span(at, f.body().span().start() + found.end()), d.name() + " holds "
                            + function + "(): its parameter " + index + " follows");
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
}
