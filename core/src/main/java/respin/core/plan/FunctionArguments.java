package respin.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import respin.core.index.CType;
import respin.core.index.Located;
import respin.core.index.SymbolIndex;
import respin.core.model.CCall;
import respin.core.model.CDeclarator;
import respin.core.model.CExpr;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;

/**
 * Functions passed for function-pointer parameters: a function named as an argument
 * ({@code f} or {@code &f}) where the callee's parameter is a pointer to a function spelled
 * out ({@code int (*probe)(struct i2c_client *, const struct i2c_device_id *)}) takes as many
 * parameters as that pointer's function, of the same types. Otherwise the compiler refuses
 * it: the kernel builds with {@code -Werror=incompatible-pointer-types}, so a probe that lost
 * an argument still passed where two are wanted breaks the build. A callee or function the
 * index does not declare, and a parameter declared with a typedef, are never a finding; nor
 * is a pair that fits in one of the declarations (both sides of an {@code #if}).
 */
public final class FunctionArguments implements TypeCheck {

    @Override
    public List<WouldNotCompile> check(SymbolIndex tree, Plan plan, int patch, Collection<CTranslationUnit> units) {
        List<WouldNotCompile> out = new ArrayList<>();
        for (CTranslationUnit u : units) {
            for (CCall call : u.calls()) {
                if (!call.direct()) {
                    continue;
                }
                for (int k = 0; k < call.args().size(); k++) {
                    CExpr arg = call.args().get(k);
                    String name = arg.text().startsWith("&") ? arg.text().substring(1).strip() : arg.text();
                    List<CFunction> passed = visible(tree, u, name);
                    List<CParameter> wants = passed.isEmpty() ? List.of()
                            : pointerParameters(tree, u, call.callee(), k);
                    if (wants.isEmpty() || passed.stream().anyMatch(f -> wants.stream().anyMatch(p -> fits(f, p)))) {
                        continue;
                    }
                    CParameter p = wants.get(0);
                    out.add(new WouldNotCompile(arg.span(), patch, arg.text() + " (" + type(passed.get(0)) + ") is passed to "
                            + call.callee() + "()" + (p.name() == null ? "" : " as " + p.name()) + ", which is "
                            + type(p.declarator())));
                }
            }
        }
        return out;
    }

    /** The declarations of the function {@code name} as {@code u} sees it: its own, else the tree's non-static ones. */
    private static List<CFunction> visible(SymbolIndex tree, CTranslationUnit u, String name) {
        List<Located<CFunction>> all = tree.functions(name);
        if (all.isEmpty()) {
            return List.of();
        }
        List<CFunction> local = all.stream().filter(l -> l.unit() == u).map(Located::node).toList();
        return !local.isEmpty() ? local : all.stream().map(Located::node).filter(f -> !f.isStatic()).toList();
    }

    /** Parameter {@code k} of each declaration of {@code callee} that spells it as a pointer to a function. */
    private static List<CParameter> pointerParameters(SymbolIndex tree, CTranslationUnit u, String callee, int k) {
        List<CParameter> out = new ArrayList<>();
        for (CFunction f : visible(tree, u, callee)) {
            if (f.params().size() > k && f.params().get(k).declarator().functionPointer()) {
                out.add(f.params().get(k));
            }
        }
        return out;
    }

    private static boolean fits(CFunction f, CParameter pointer) {
        List<CParameter> want = pointer.declarator().fnParams();
        if (f.params().size() != want.size()) {
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            if (!CType.normalise(f.params().get(i).type()).equals(CType.normalise(want.get(i).type()))) {
                return false;
            }
        }
        return true;
    }

    /** {@code int (*)(struct i2c_client *)}: the type of a pointer to {@code f}. */
    private static String type(CFunction f) {
        return pointerType(f.returnType(), f.params());
    }

    private static String type(CDeclarator d) {
        return pointerType(d.returnType(), d.fnParams());
    }

    private static String pointerType(String returnType, List<CParameter> params) {
        List<String> types = params.stream().map(CParameter::type).toList(); // as declared, const kept
        return CType.normalise(returnType) + " (*)(" + (types.isEmpty() ? "void" : String.join(", ", types)) + ")";
    }
}
