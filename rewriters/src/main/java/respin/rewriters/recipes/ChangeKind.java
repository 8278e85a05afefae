package respin.rewriters.recipes;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    List<Rewriter> create(YamlNode node, Migrate migrate) {
        Set<String> known = new HashSet<>(required);
        known.addAll(optional);
        Map<String, YamlNode> entries = node.entries(name, known);
        for (String k : required) {
            if (!entries.containsKey(k)) {
                throw node.error(name + " needs '" + k + "'");
            }
        }
        return factory.create(new Args(name, node, entries, migrate));
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
