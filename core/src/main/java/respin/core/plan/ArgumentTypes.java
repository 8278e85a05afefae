package respin.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import respin.core.index.Located;
import respin.core.index.SymbolIndex;
import respin.core.index.TypeResolver;
import respin.core.model.CCall;
import respin.core.model.CExpr;
import respin.core.model.CFunction;
import respin.core.model.CTranslationUnit;

/**
 * Arguments against parameters: every argument of a call to a function whose parameter
 * the plan retypes, and every argument that reads a member the plan retypes, has the
 * type the callee's declarations give that parameter. Only pointers to structs and
 * unions are compared ({@code -Wincompatible-pointer-types}); an unknown type is never
 * a finding.
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
