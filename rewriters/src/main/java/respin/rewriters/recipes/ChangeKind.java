package respin.rewriters.recipes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import respin.core.model.source.Span;
import respin.core.plan.RecipeChange;
import respin.core.plan.Rewriter;

/**
 * One kind of change a recipe step lists ({@code change-param-type:}): the keys it
 * takes and how they become rewriters. A key given a list ({@code function: [a, b]})
 * makes one rewriter per value.
 */
final class ChangeKind {
    /** Makes the rewriters of one listed change. */
    interface Factory {
        List<Rewriter> create(Args args);
    }

    /** The key that lets a change find nothing: a leftover instead of an error. */
    static final String OPTIONAL = "optional";

    private final String name;
    private final Set<String> required;
    private final Set<String> optional;
    private final Factory factory;

    ChangeKind(String name, Set<String> required, Set<String> optional, Factory factory) {
        this.name = name;
        this.required = Set.copyOf(required);
        this.optional = Set.copyOf(optional);
        this.factory = factory;
    }

    String name() {
        return name;
    }

    /**
     * The rewriters of one listed change, each marked with where the change is written
     * ({@code origin}) and whether the recipe lets it find nothing ({@code optional: true},
     * a key every kind takes).
     */
    List<Rewriter> create(YamlNode node, Span origin, Migrate migrate) {
        Set<String> known = new HashSet<>(required);
        known.addAll(optional);
        known.add(OPTIONAL);
        Map<String, YamlNode> entries = node.entries(name, known);
        for (String k : required) {
            if (!entries.containsKey(k)) {
                throw node.error(name + " needs '" + k + "'");
            }
        }
        boolean mayMiss = entries.containsKey(OPTIONAL) && entries.get(OPTIONAL).bool(name + "." + OPTIONAL);
        entries.remove(OPTIONAL);
        List<Rewriter> out = new ArrayList<>();
        for (Rewriter r : factory.create(new Args(name, node, entries, migrate))) {
            out.add(new RecipeChange(name, origin, mayMiss, r));
        }
        return out;
    }

    /** The keys of one listed change, read with their types. */
    record Args(String kind, YamlNode node, Map<String, YamlNode> entries, Migrate migrate) {

        String string(String key) {
            YamlNode n = entries.get(key);
            return n == null ? null : n.scalar(kind + "." + key);
        }

        List<String> strings(String key) {
            return entries.get(key).scalars(kind + "." + key);
        }

        boolean bool(String key) {
            return entries.get(key).bool(kind + "." + key);
        }

        int integer(String key) {
            return entries.get(key).integer(kind + "." + key);
        }

        /** A struct or union tag: {@code vfio_device} and {@code struct vfio_device} both name it. */
        List<String> tags(String key) {
            return strings(key).stream()
                    .map(t -> t.startsWith("struct ") || t.startsWith("union ") ? t : "struct " + t)
                    .toList();
        }

        /** The new type: the key if given, else the recipe's {@code migrate.to}. */
        String newType(String key) {
            String t = string(key);
            if (t != null) {
                return t;
            }
            if (migrate.to() == null) {
                throw node.error(kind + " needs '" + key + "' (the recipe has no migrate.to to take it from)");
            }
            return migrate.to();
        }

        /** Text of a block scalar without the final line break YAML's {@code |} adds. */
        String text(String key) {
            return entries.get(key).text(kind + "." + key);
        }
    }
}
