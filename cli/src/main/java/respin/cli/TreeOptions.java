package respin.cli;

import java.io.File;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import respin.core.parse.SourceTree;
import respin.core.plan.Recipe;
import respin.rewriters.recipes.Recipes;

/** Where the kernel tree is and which recipe to run: options shared by explain, diff and series. */
final class TreeOptions {
    @Option(names = "--repo", paramLabel = "DIR",
            description = "Kernel checkout (work tree or bare repository). Default: the bundled fixture tree.")
    File repo;

    @Option(names = "--base", paramLabel = "REV", defaultValue = "HEAD",
            description = "Revision to work on, read from the object database (default: ${DEFAULT-VALUE}).")
    String base;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--recipe", paramLabel = "R",
            description = "Built-in recipe name (see 'respin recipes') or a recipe file (YAML).")
    String recipe;

    SourceTree open() {
        File dir = repo != null ? repo : BundledTree.prepare();
        return SourceTree.open(dir, base);
    }

    Recipe recipe() {
        if (recipe == null) {
            throw new ParameterException(command.commandLine(), "Missing required option: '--recipe=R'");
        }
        return Recipes.resolve(recipe);
    }

    boolean bundled() {
        return repo == null;
    }
}
