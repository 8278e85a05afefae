package respin.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import respin.core.index.CType;
import respin.core.index.Located;
import respin.core.index.SymbolIndex;
import respin.core.index.TypeResolver;
import respin.core.model.CCall;
import respin.core.model.CDeclarator;
import respin.core.model.CExpr;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;

/**
 * Arguments against parameters: every argument of a call to a function whose parameter
 * the plan retypes, and every argument that reads a member the plan retypes, has the
 * type the callee's declarations give that parameter. Only pointers to structs and
 * unions are compared ({@code -Wincompatible-pointer-types}); an unknown type is never
 * a finding.
 *
 * <p>A function named as an argument ({@code f} or {@code &f}) where the callee's parameter
 * is a pointer to a function spelled out ({@code int (*probe)(struct i2c_client *, const
 * struct i2c_device_id *)}) takes as many parameters as that pointer's function, of the same
 * types: the kernel builds with {@code -Werror=incompatible-pointer-types}, so a probe that
 * lost an argument and is still passed where two are wanted breaks the build. A callee or
 * function the index does not declare, a parameter declared with a typedef, and a pair that
 * fits in one of the declarations (both sides of an {@code #if}) are never a finding.
 */
public final class ArgumentTypes implements TypeCheck {

    @Override
    public List<WouldNotCompile> check(SymbolIndex tree, Plan plan, int patch, Collection<CTranslationUnit> units) {
        Retyped retyped = Retyped.of(plan);
        TypeResolver types = new TypeResolver(tree);
        List<WouldNotCompile> out = new ArrayList<>();
        for (var u : units) {
            for (CCall call : u.calls()) {
                if (!call.direct()) {
                    continue;
                }
                boolean callee = retyped.functions().contains(call.callee());
                for (int k = 0; k < call.args().size(); k++) {
                    CExpr arg = call.args().get(k);
                    passedFunction(tree, u, call, k, patch).ifPresent(out::add);
                    if (!callee && !retyped.readsMember(arg.text())) {
                        continue;
                    }
                    Optional<String> has = types.typeOf(u, arg.span().start(), arg.text())
                            .filter(ArgumentTypes::comparable);
                    Set<String> wants = wanted(tree, call.callee(), k);
                    if (has.isPresent() && wants.size() == 1 && !wants.contains(has.get())
                            && comparable(wants.iterator().next())) {
                        out.add(new WouldNotCompile(arg.span(), patch, arg.text() + " (" + has.get() + ") is passed to "
                                + call.callee() + "(), which takes " + wants.iterator().next()));
                    }
                }
            }
        }
        return out;
    }

    /** Argument {@code k} of {@code call} when it names a function that does not fit the pointer it is passed for. */
    private static Optional<WouldNotCompile> passedFunction(SymbolIndex tree, CTranslationUnit u, CCall call, int k,
            int patch) {
        CExpr arg = call.args().get(k);
        String name = arg.text().startsWith("&") ? arg.text().substring(1).strip() : arg.text();
        List<CFunction> passed = visible(tree, u, name);
        List<CParameter> wants = passed.isEmpty() ? List.of() : pointerParameters(tree, u, call.callee(), k);
        if (wants.isEmpty() || passed.stream().anyMatch(f -> wants.stream().anyMatch(p -> fits(f, p)))) {
            return Optional.empty();
        }
        CParameter p = wants.get(0);
        return Optional.of(new WouldNotCompile(arg.span(), patch, arg.text() + " (" + type(passed.get(0))
                + ") is passed to " + call.callee() + "()" + (p.name() == null ? "" : " as " + p.name())
                + ", which is " + type(p.declarator())));
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

    /** The type of parameter {@code k} in every declaration of {@code function}, normalised. */
    private static Set<String> wanted(SymbolIndex tree, String function, int k) {
        Set<String> out = new LinkedHashSet<>();
        for (Located<CFunction> f : tree.functions(function)) {
            if (f.node().params().size() > k && !f.node().params().get(k).declarator().functionPointer()) {
                out.add(TypeResolver.normalise(f.node().params().get(k).type()));
            }
        }
        return out;
    }

    /** A pointer to a struct or union: where C refuses one for another. */
    static boolean comparable(String type) {
        return (type.startsWith("struct ") || type.startsWith("union ")) && type.endsWith("*");
    }
}
