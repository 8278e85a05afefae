package respin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import respin.core.error.BadInputException;
import respin.rewriters.recipes.Recipes;

/** {@code respin recipes}: the built-in recipes with a line each, or one recipe file's text. */
@Command(name = "recipes", mixinStandardHelpOptions = true, description = {
    "List the built-in recipes, or print one as a recipe file to start your own from.",
    "A recipe file can be given to --recipe of explain, diff and series by its path."})
final class RecipesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--show", paramLabel = "NAME", description = "Print the recipe file of a built-in recipe.")
    String show;

    @Override
    public Integer call() {
        if (show != null) {
            String text = Recipes.source(show).orElseThrow(() -> new BadInputException("unknown recipe '" + show
                    + "'; built-in recipes: " + String.join(", ", Recipes.names())));
            spec.commandLine().getOut().print(text);
            return 0;
        }
        for (String name : Recipes.names()) {
            var r = Recipes.find(name).orElseThrow();
            spec.commandLine().getOut().printf("%-18s %s%n", name, r.description());
        }
        return 0;
    }
}
