package respin.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import respin.core.index.SymbolIndex;
import respin.core.index.TypeResolver;
import respin.core.model.CFunction;
import respin.core.model.CStatement;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;

/**
 * Returns against the function's return type: a {@code return} whose value reads a
 * retyped member, or is a retyped parameter of the function, has the type the function
 * returns. Struct and union pointers only, like {@link ArgumentTypes}.
 */
public final class ReturnTypes implements TypeCheck {
    private static final String RETURN = "return";

    @Override
    public List<WouldNotCompile> check(SymbolIndex tree, Plan plan, int patch, Collection<CTranslationUnit> units) {
        Retyped retyped = Retyped.of(plan);
        TypeResolver types = new TypeResolver(tree);
        List<WouldNotCompile> out = new ArrayList<>();
        for (CTranslationUnit u : units) {
            for (CFunction f : u.functions()) {
                if (f.isDefinition()) {
                    List<String> params = retypedParams(plan, f);
                    new Walk(u, f, types, retyped, params, patch, out).statements(f.body().statements());
                }
            }
        }
        return out;
    }

    private static List<String> retypedParams(Plan plan, CFunction f) {
        List<String> out = new ArrayList<>();
        for (TypeChange c : plan.typeChanges()) {
            if (c.kind() == TypeChange.Kind.PARAMETER && c.owner().equals(f.name())) {
                int k = Integer.parseInt(c.member());
                if (k < f.params().size() && f.params().get(k).name() != null) {
                    out.add(f.params().get(k).name());
                }
            }
        }
        return out;
    }

    /** One function's statements, walked for its returns. */
    private record Walk(CTranslationUnit u, CFunction f, TypeResolver types, Retyped retyped, List<String> params,
            int patch, List<WouldNotCompile> out) {

        void statements(List<CStatement> statements) {
            for (CStatement s : statements) {
                if (s.kind() == CStatement.Kind.JUMP) {
                    jump(s.span());
                }
                statements(s.children());
            }
        }

        private void jump(Span span) {
            String text = u.text(span);
            int semi = text.lastIndexOf(';');
            if (!text.startsWith(RETURN) || semi < RETURN.length()
                    || Character.isLetterOrDigit(text.charAt(RETURN.length())) || text.charAt(RETURN.length()) == '_') {
                return;
            }
            String value = text.substring(RETURN.length(), semi).strip();
            if (value.isEmpty() || !retyped.readsMember(value) && !params.contains(value)) {
                return;
            }
            int start = span.start() + text.indexOf(value, RETURN.length());
            Optional<String> has = types.typeOf(u, start, value);
            String wants = TypeResolver.normalise(f.returnType());
            if (has.isPresent() && ArgumentTypes.comparable(has.get()) && ArgumentTypes.comparable(wants)
                    && !has.get().equals(wants)) {
                out.add(new WouldNotCompile(u.lines().span(start, start + value.length()), patch, value + " ("
                        + has.get() + ") is returned from " + f.name() + "(), which returns " + wants));
            }
        }
    }
}
