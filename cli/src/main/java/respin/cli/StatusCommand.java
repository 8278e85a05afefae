package respin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import respin.core.checkout.SourceTree;
import respin.core.plan.Recipe;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Series;
import respin.core.series.state.PatchIds;
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
            Repository repo = t.repository();
            SeriesState state = where.state(repo);
            out.printf("series %s (change-id %s, %s%s)%n", state.name(), state.changeId(), SeriesStateStore.PREFIX,
                    state.name());
            for (SeriesVersion v : state.versions()) {
                long hand = v.patches().stream().filter(p -> p.parts().equals(List.of(PatchRecord.HAND_EDIT))).count();
                out.printf("  v%d  base %s  branch %s  %d patches%s  recipe %s (sha256 %s)%n", v.number(),
                        v.base().abbreviate(12).name(), v.branch(), v.patches().size() - hand,
                        hand > 0 ? " + " + hand + " hand edits" : "", v.recipeName(), v.recipeSha256().substring(0, 12));
            }
            SeriesVersion last = state.latest();
            List<RevCommit> branch = RebaseCommand.branchCommits(repo, last);
            int added = branch.size() - last.patches().size();
            if (added > 0) {
                out.printf("  %s has %d hand edit%s on top of v%d: respin rebase carries %s%n", last.branch(), added,
                        added == 1 ? "" : "s", last.number(), added == 1 ? "it" : "them");
            }
            ObjectId up = t.commit();
            if (up.equals(last.base())) {
                out.printf("base: v%d sits on %s (%s)%n", last.number(), onto, up.abbreviate(12).name());
            } else {
                out.printf("base: moved: %s is %s, v%d's base is %s%n", onto, RebaseCommand.describe(repo, up),
                        last.number(), RebaseCommand.describe(repo, last.base()) + ahead(repo, last.base(), up));
            }
            Recipe recipe = RecipeFile.parse("recipe of " + state.name() + " v" + last.number(), last.recipeText());
            SeriesRun run = SeriesRun.plan(t, recipe, StoredOptions.mail(last), new PrintWriter(
                    java.io.Writer.nullWriter()));
            List<PatchRecord> old = last.patches().stream()
                    .filter(p -> !p.parts().equals(List.of(PatchRecord.HAND_EDIT))).toList();
            if (run.isEmpty()) {
                out.printf("respin: the recipe finds nothing to do at %s: a respin would drop the series%n", onto);
                return 0;
            }
            Identity me = StoredOptions.identity(last, null, "0");
            Series dry = run.build(null, me, StoredOptions.templates(last), List.of());
            List<PatchRecord> now = run.records(dry);
            List<PatchIds.Ids> a = PatchIds.of(repo, old.stream().map(PatchRecord::commit).toList());
            List<PatchIds.Ids> b = PatchIds.of(repo, now.stream().map(PatchRecord::commit).toList());
            int changed = 0;
            for (PatchRecord p : now) {
                int i = indexOf(old, p.stepId());
                if (i < 0 || !a.get(i).patchId().equals(b.get(now.indexOf(p)).patchId())) {
                    changed++;
                }
            }
            int dropped = (int) old.stream().filter(p -> indexOf(now, p.stepId()) < 0).count();
            if (changed == 0 && dropped == 0) {
                out.printf("respin: up to date: a respin onto %s gives the same %d patches%n", onto, now.size());
            } else {
                out.printf("respin: a respin onto %s would change %d of %d patches%s (respin rebase --onto %s)%n", onto,
                        changed, now.size(), dropped > 0 ? " and drop " + dropped : "", onto);
            }
            return 0;
        }
    }

    private static int indexOf(List<PatchRecord> l, String step) {
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).stepId().equals(step)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code , N commits behind} when the base is an ancestor of {@code up}. */
    private static String ahead(Repository repo, ObjectId base, ObjectId up) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit b = walk.parseCommit(base);
            RevCommit u = walk.parseCommit(up);
            if (!walk.isMergedInto(b, u)) {
                return " (not an ancestor)";
            }
            walk.reset();
            walk.markStart(u);
            walk.markUninteresting(b);
            int n = 0;
            for (RevCommit ignored : walk) {
                n++;
            }
            return ", " + n + " commit" + (n == 1 ? "" : "s") + " behind";
        }
    }
}
