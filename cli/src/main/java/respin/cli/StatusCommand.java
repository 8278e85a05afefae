package respin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import respin.core.checkout.SourceTree;
import respin.core.pipeline.SeriesStatus;
import respin.core.pipeline.StatusReport;
import respin.core.series.state.PatchRecord;
import respin.core.series.state.SeriesState;
import respin.core.series.state.SeriesStateStore;
import respin.core.series.state.SeriesVersion;
import respin.rewriters.recipes.RecipeFile;

/** {@code respin status}: the versions of a series, and whether a respin onto a revision would change it. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the recorded versions of a series and whether its base moved.",
            "Each version's base, branch, patches and recipe; the base compared with --onto (default HEAD), "
                + "and whether a respin there would change the patches."})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SeriesStateOptions where;

    @Option(names = "--onto", paramLabel = "REV", defaultValue = "HEAD",
            description = "Where upstream is now (default: ${DEFAULT-VALUE}).")
    String onto;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (SourceTree t = where.open(onto)) {
            StatusReport r = new SeriesStatus(t, RecipeFile::parse).series(where.series, where.repo.toString())
                    .notes(n -> spec.commandLine().getErr().println("respin: " + n)).call();
            SeriesState state = r.state();
            out.printf("series %s (change-id %s, %s%s)%n", state.name(), state.changeId(), SeriesStateStore.PREFIX,
                    state.name());
            for (SeriesVersion v : state.versions()) {
                long hand = v.patches().stream().filter(PatchRecord::isHandEdit).count();
                String split = v.option("split");
                out.printf("  v%d  base %s  branch %s  %d patches%s  recipe %s (sha256 %s)%s%n", v.number(),
                        v.base().abbreviate(12).name(), v.branch(), v.patches().size() - hand,
                        hand > 0 ? " + " + hand + " hand edits" : "", v.recipeName(), v.recipeSha256().substring(0, 12),
                        split != null ? "  --split " + split : "");
            }
            SeriesVersion last = state.latest();
            int added = r.handEdits();
            if (added > 0) {
                out.printf("  %s has %d hand edit%s on top of v%d: respin rebase carries %s%n", last.branch(), added,
                        added == 1 ? "" : "s", last.number(), added == 1 ? "it" : "them");
            }
            if (!r.baseMoved()) {
                out.printf("base: v%d sits on %s (%s)%n", last.number(), onto, r.onto().abbreviate(12).name());
            } else {
                out.printf("base: moved: %s is %s, v%d's base is %s%n", onto, r.ontoCommit(), last.number(),
                        r.baseCommit());
            }
            if (r.nothingToDo()) {
                out.printf("respin: the recipe finds nothing to do at %s: a respin would drop the series%n", onto);
            } else if (r.upToDate()) {
                out.printf("respin: up to date: a respin onto %s gives the same %d patches%n", onto, r.patches());
            } else {
                out.printf("respin: a respin onto %s would change %d of %d patches%s (respin rebase --onto %s)%n", onto,
                        r.changed(), r.patches(), r.dropped() > 0 ? " and drop " + r.dropped() : "", onto);
            }
            return 0;
        }
    }
}
