package respin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import respin.rewriters.recipes.Recipes;

/** {@code respin recipes}: the built-in recipes with a line each. */
@Command(name = "recipes", mixinStandardHelpOptions = true, description = "List the built-in recipes.")
final class RecipesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (String name : Recipes.names()) {
            var r = Recipes.find(name).orElseThrow();
            spec.commandLine().getOut().printf("%-18s %s%n", name, r.description());
        }
        return 0;
    }
}
