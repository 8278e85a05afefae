package respin.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import respin.core.checkout.SourceTree;
import respin.core.edit.UnifiedDiff;
import respin.core.pipeline.Migration;

/** {@code respin diff}: the whole change as one unified diff on stdout; writes nothing. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Dry run: print the whole change as one unified diff; nothing is written.",
            "What the plan leaves for a human goes to stderr."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TreeOptions tree;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        try (SourceTree t = tree.open()) {
            PrintWriter err = spec.commandLine().getErr();
            Migration m = Migration.run(t, tree.recipe(), run.cache(), run.progress(err));
            run.progress(err).phase("format");
            PrintWriter out = spec.commandLine().getOut();
            Map<String, String> last = m.contents().last();
            for (var e : last.entrySet()) {
                String before = m.contents().base().get(e.getKey());
                out.print(UnifiedDiff.of(e.getKey(), "100644", before, e.getValue()));
            }
            out.flush();
            run.finish(err);
            m.plan().leftovers().forEach(l -> err.println("left for a human: " + l));
            return 0;
        }
    }
}
