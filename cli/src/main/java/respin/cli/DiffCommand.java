package respin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import respin.core.checkout.SourceTree;
import respin.core.pipeline.Pipeline;
import respin.core.plan.Recipe;

/** {@code respin diff}: the whole change as {@code git diff BASE TIP} of the series would print it; writes nothing. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Dry run: print the whole change as git diff of the series branch would; nothing is written.",
            "On a terminal the diff is coloured and paged as git does it. What the plan leaves for a human, "
                + "and what would not compile (exit 1), goes to stderr."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TreeOptions tree;

    @Mixin
    RunOptions run;

    @Option(names = "--color", paramLabel = "WHEN", arity = "0..1", fallbackValue = "always", defaultValue = "auto",
            description = "Colour as git diff --color: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}: "
                    + "on a terminal, unless NO_COLOR is set; --color alone means always).")
    ColorWhen color;

    @Override
    public Integer call() {
        Supplier<Recipe> recipe = tree.recipeMeanwhile();
        try (SourceTree t = tree.open()) {
            PrintWriter err = spec.commandLine().getErr();
            Pipeline m = Pipeline.start(t, recipe.get(), run.cache(), run.progress(err));
            run.progress(err).phase("format"); // while the patches' types are checked
            boolean terminal = Pager.stdoutIsTerminal();
            byte[] diff = m.diff(color.on(terminal, System.getenv()));
            run.progress(err).phase("check");
            m.wouldNotCompile();
            run.finish(err);
            Pager.show(diff, spec.commandLine().getOut(), terminal, System.getenv());
            m.plan().leftovers().forEach(l -> err.println("left for a human: " + l));
            m.wouldNotCompile().forEach(w -> err.println("would not compile: " + w));
            if (m.verdict() != null) {
                err.println("respin: " + m.verdict());
            }
            return m.wouldNotCompile().isEmpty() ? 0 : Main.PROBLEMS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
