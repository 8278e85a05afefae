package respin.rewriters.recipes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import respin.core.plan.Recipe;

/** The built-in recipes by name. */
public final class Recipes {
    private static final Map<String, Supplier<Recipe>> BUILTIN = new LinkedHashMap<>();

    static {
        BUILTIN.put("kvm-file", KvmFile::recipe);
    }

    private Recipes() {
    }

    public static Map<String, Supplier<Recipe>> builtin() {
        return Map.copyOf(BUILTIN);
    }

    /** Built-in recipe names in a stable order. */
    public static Iterable<String> names() {
        return BUILTIN.keySet();
    }

    public static Optional<Recipe> find(String name) {
        return Optional.ofNullable(BUILTIN.get(name)).map(Supplier::get);
    }
}
