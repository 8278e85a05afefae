package respin.cli;

import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import respin.core.checkout.BundledRepository;
import respin.core.checkout.SourceTree;
import respin.core.plan.Recipe;
import respin.core.plan.Split;
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

    @Option(names = "--split", paramLabel = "HOW", description = "Split every step into patches: by-maintainer "
            + "(one per MAINTAINERS section), by-directory[=DEPTH] or none; overrides the recipe's split:.")
    String split;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "32M", converter = SizeConverter.class,
            description = "C files over SIZE (16M, 512K, bytes) are skipped, named on stderr, never edited "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    SourceTree open() {
        File dir = repo != null ? repo : BundledRepository.prepare(TreeOptions.class);
        return limited(SourceTree.open(dir, base));
    }

    private SourceTree limited(SourceTree t) {
        java.io.PrintWriter err = command.commandLine().getErr();
        return t.maxFileSize(maxFileSize, line -> {
            synchronized (err) {
                err.println("respin: " + line);
            }
        });
    }

    /** The tree in a repository this run may write to: the bundled tree gets a scratch repository of its own. */
    SourceTree openForWriting() {
        File dir = repo != null ? repo : BundledRepository.scratch(BundledRepository.prepare(TreeOptions.class));
        return limited(SourceTree.open(dir, base));
    }

    Recipe recipe() {
        if (recipe == null) {
            throw new ParameterException(command.commandLine(), "Missing required option: '--recipe=R'");
        }
        Recipe r = Recipes.resolve(recipe);
        Split s = split();
        return s == null ? r : r.withSplit(s);
    }

    /**
     * {@link #recipe()}, read on another core while the caller opens the repository; {@code get}
     * waits for it and throws what reading it threw.
     */
    Supplier<Recipe> recipeMeanwhile() {
        CompletableFuture<Recipe> read = CompletableFuture.supplyAsync(this::recipe);
        return () -> {
            try {
                return read.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        };
    }

    /** The {@code --split} given, or null: each step splits as the recipe says. */
    Split split() {
        return split(command.commandLine(), split);
    }

    /** The value {@code spec} of a {@code --split} option of {@code cl}, or null when it was not given. */
    static Split split(picocli.CommandLine cl, String spec) {
        if (spec == null) {
            return null;
        }
        return Split.parse(spec).orElseThrow(() -> new ParameterException(cl,
                "Invalid value for option '--split': '" + spec + "'; expected " + Split.expected()));
    }

    /** The text of the recipe: the built-in file's or the given file's, as the series state keeps it. */
    String recipeText() {
        recipe();
        return Recipes.source(recipe).orElseGet(() -> {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(recipe),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new respin.core.error.BadInputException("cannot read recipe " + recipe + ": " + e.getMessage());
            }
        });
    }

    boolean bundled() {
        return repo == null;
    }
}
