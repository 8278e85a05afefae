package respin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import respin.core.checkout.SourceTree;
import respin.core.pipeline.ExportsQuery;
import respin.core.pipeline.GrepCheck;
import respin.core.pipeline.Pipeline;
import respin.core.plan.Leftover;
import respin.core.plan.PlannedStep;
import respin.core.plan.Site;

/** {@code respin explain}: the plan, step by step, without writing anything. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = {
    "Show the plan: steps, files, every site and its decision, what is left for a human.",
    "With --exports (no recipe needed): every symbol exported from the --subsystem-path folders and its users "
        + "outside them, to tell which exports nothing outside needs."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TreeOptions tree;

    @Mixin
    RunOptions run;

    @Option(names = "--json", description = "Print the plan as JSON: steps, sites, leftovers, notes.")
    boolean json;

    @Option(names = "--grep", description = "Compare the plan with a git grep of the migrated names: every hit is "
            + "a site of the plan or explained (comment, string, export, another struct's member); exit 1 otherwise.")
    boolean grep;

    @Option(names = "--exports", description = "Report exported symbols and their users outside the subsystem.")
    boolean exports;

    @Option(names = "--subsystem-path", paramLabel = "PATH",
            description = "With --exports: a folder of the subsystem (repeatable), e.g. virt/kvm.")
    List<String> subsystem = new ArrayList<>();

    @Option(names = "--symbol", paramLabel = "NAME", description = "With --exports: only these symbols (repeatable).")
    List<String> symbols = new ArrayList<>();

    @Override
    public Integer call() {
        if (exports) {
            if (subsystem.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--exports needs at least one --subsystem-path");
            }
            try (SourceTree t = tree.open()) {
                ExportsList.print(spec.commandLine().getOut(), new ExportsQuery(t).inside(subsystem).only(symbols).call(),
                        subsystem);
            }
            return 0;
        }
        try (SourceTree t = tree.open()) {
            PrintWriter err = spec.commandLine().getErr();
            Pipeline m = Pipeline.run(t, tree.recipe(), run.cache(), run.progress(err));
            run.progress(err).phase("format");
            run.finish(err);
            PrintWriter out = spec.commandLine().getOut();
            if (grep) {
                return GrepTable.print(out, new GrepCheck(m).call());
            }
            if (json) {
                json(out, m);
                return 0;
            }
            out.printf("recipe %s on %s (%s), %d files parsed%n%s%n", m.plan().recipe().name(), tree.base,
                    t.commit().abbreviate(12).name(), m.parsed().size(), m.plan().widening());
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
            if (!m.wouldNotCompile().isEmpty()) {
                out.printf("%nwould not compile: %s%n", m.verdict());
                m.wouldNotCompile().forEach(w -> out.printf("  %s%n", w));
            }
            m.plan().notes().forEach(note -> out.printf("%nnote: %s%n", note));
            return 0;
        }
    }

    private static void json(PrintWriter out, Pipeline m) {
        List<String> steps = new ArrayList<>();
        for (PlannedStep s : m.plan().steps()) {
            steps.add("{\"id\": " + Json.str(s.id()) + ", \"subject\": " + Json.str(s.subject()) + ", \"edits\": "
                    + s.edits().size() + ", \"files\": " + s.edits().stream().map(e -> e.path()).distinct().count() + "}");
        }
        List<String> sites = new ArrayList<>();
        for (Site s : m.plan().sites()) {
            sites.add("{\"step\": " + Json.str(s.step()) + ", \"at\": " + Json.span(s.span()) + ", \"decision\": "
                    + Json.str(s.decision()) + "}");
        }
        List<String> left = new ArrayList<>();
        for (Leftover l : m.plan().leftovers()) {
            left.add("{\"at\": " + Json.span(l.span()) + ", \"reason\": " + Json.str(l.reason()) + "}");
        }
        List<String> broken = new ArrayList<>();
        for (var w : m.wouldNotCompile()) {
            broken.add("{\"at\": " + Json.span(w.at()) + ", \"patch\": " + w.patch() + ", \"reason\": "
                    + Json.str(w.reason()) + "}");
        }
        String wouldNotCompile = broken.isEmpty() ? ""
                : ",\n \"wouldNotCompile\": [" + String.join(",\n  ", broken) + "],\n \"verdict\": "
                        + Json.str(m.verdict());
        out.println("{\"recipe\": " + Json.str(m.plan().recipe().name()) + ",\n \"base\": "
                + Json.str(m.tree().commit().name()) + ",\n \"filesParsed\": " + m.parsed().size()
                + ",\n \"steps\": [" + String.join(",\n  ", steps) + "],\n \"sites\": ["
                + String.join(",\n  ", sites) + "],\n \"leftForAHuman\": [" + String.join(",\n  ", left)
                + "]" + wouldNotCompile + ",\n \"notes\": ["
                + String.join(", ", m.plan().notes().stream().map(Json::str).toList()) + "]}");
    }
}
