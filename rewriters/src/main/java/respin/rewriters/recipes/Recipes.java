package respin.rewriters.recipes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import respin.core.error.BadInputException;
import respin.core.plan.Recipe;

/** The built-in recipes (recipe files shipped in the jar) and recipe files by path. */
public final class Recipes {
    private static final List<String> BUILTIN = List.of("kvm-file", "kvm-file-wrapper", "i2c-probe-one-arg");

    private Recipes() {
    }

    /** Built-in recipe names in a stable order. */
    public static List<String> names() {
        return BUILTIN;
    }

    public static Optional<Recipe> find(String name) {
        return source(name).map(text -> RecipeFile.parse(name + ".yaml", text));
    }

    /** The text of a built-in recipe file. */
    public static Optional<String> source(String name) {
        if (!BUILTIN.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = Recipes.class.getResourceAsStream("/respin/recipes/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("built-in recipe " + name + ".yaml is missing from the jar");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A built-in recipe by name, or a recipe file by path. */
    public static Recipe resolve(String nameOrPath) {
        Optional<Recipe> builtin = find(nameOrPath);
        if (builtin.isPresent()) {
            return builtin.get();
        }
        Path file = Path.of(nameOrPath);
        if (Files.isRegularFile(file)) {
            return RecipeFile.read(file);
        }
        throw new BadInputException("unknown recipe '" + nameOrPath + "': neither a built-in recipe ("
                + String.join(", ", BUILTIN) + ") nor a recipe file");
    }
}
