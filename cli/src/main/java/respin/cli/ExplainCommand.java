package respin.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import respin.core.Migration;
import respin.core.parse.SourceTree;
import respin.core.plan.Leftover;
import respin.core.plan.PlannedStep;
import respin.core.plan.Site;

/** {@code respin explain}: the plan, step by step, without writing anything. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show the plan: steps, files, every site and its decision, what is left for a human.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TreeOptions tree;

    @Override
    public Integer call() {
        try (SourceTree t = tree.open()) {
            Migration m = Migration.run(t, tree.recipe());
            PrintWriter out = spec.commandLine().getOut();
            out.printf("recipe %s on %s (%s), %d files parsed%n", m.plan().recipe().name(), tree.base,
                    t.commit().abbreviate(12).name(), m.parsed().size());
            int n = 1;
            for (PlannedStep s : m.plan().steps()) {
                long files = s.edits().stream().map(e -> e.path()).distinct().count();
                out.printf("%nstep %d: %s (%d edits in %d files)%n", n++, s.subject(), s.edits().size(), files);
            }
            out.printf("%nsites:%n");
            for (Site s : m.plan().sites()) {
                out.printf("  %-11s %s: %s%n", s.step(), s.span() == null ? "-" : s.span(), s.decision());
            }
            out.printf("%nleft for a human: %s%n", m.plan().leftovers().isEmpty() ? "nothing" : "");
            for (Leftover l : m.plan().leftovers()) {
                out.printf("  %s%n", l);
            }
            m.plan().notes().forEach(note -> out.printf("%nnote: %s%n", note));
            return 0;
        }
    }
}
