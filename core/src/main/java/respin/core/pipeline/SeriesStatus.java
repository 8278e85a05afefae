package respin.core.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import respin.core.checkout.SourceTree;
import respin.core.plan.Recipe;
import respin.core.series.commit.Series;
import respin.core.series.state.Changelog;
import respin.core.series.state.PatchIds;
import respin.core.series.state.PatchRecord;
import respin.core.series.state.SeriesState;
import respin.core.series.state.SeriesVersion;
import respin.core.series.state.TransactionJournal;
import respin.core.series.state.VersionBranch;

/**
 * {@code respin status}: the recorded versions of a series, the hand edits on its last branch,
 * whether its base moved and whether a respin onto {@code onto} would change its patches (a dry
 * run: objects only, no branch). Configure, then {@link #call()} once.
 */
public final class SeriesStatus {
    private final SourceTree onto;
    private final BiFunction<String, String, Recipe> recipes;
    private String series;
    private String where = ".";
    private Consumer<String> notes = note -> System.err.println("respin: " + note);

    /** Compares with the tree {@code onto}; {@code recipes} reads a recorded recipe (origin, text). */
    public SeriesStatus(SourceTree onto, BiFunction<String, String, Recipe> recipes) {
        this.onto = Objects.requireNonNull(onto, "onto");
        this.recipes = Objects.requireNonNull(recipes, "recipes");
    }

    /** The series (default: the only one recorded); {@code where} names the repository in messages. */
    public SeriesStatus series(String name, String where) {
        this.series = name;
        this.where = where;
        return this;
    }

    /** The report; first finishes what runs killed on the repository left ({@link TransactionJournal}). */
    /** Where it says what it finished of killed runs (default: stderr, after "respin: "). */
    public SeriesStatus notes(Consumer<String> to) {
        this.notes = Objects.requireNonNull(to, "to");
        return this;
    }

    public StatusReport call() throws IOException {
        Repository repo = onto.repository();
        TransactionJournal.recover(repo).forEach(notes);
        SeriesState state = RecordedSeries.find(repo, series, where);
        SeriesVersion last = state.latest();
        int added = VersionBranch.read(repo, last).added();
        ObjectId up = onto.commit();
        String ontoCommit = VersionBranch.describe(repo, up);
        String baseCommit = VersionBranch.describe(repo, last.base()) + behind(repo, last.base(), up);
        Recipe recipe = recipes.apply("recipe of " + state.name() + " v" + last.number(), last.recipeText());
        SeriesRun run = SeriesRun.plan(onto, recipe, SeriesOptions.of(last));
        if (run.isEmpty()) {
            return new StatusReport(state, added, up, ontoCommit, baseCommit, true, 0, 0, 0);
        }
        List<PatchRecord> old = Changelog.generated(last);
        Series dry = run.build(null, SeriesOptions.signer(last, null, "0"), List.of());
        List<PatchRecord> now = run.records(dry);
        List<PatchIds.Ids> a = PatchIds.of(repo, old.stream().map(PatchRecord::commit).toList());
        List<PatchIds.Ids> b = PatchIds.of(repo, now.stream().map(PatchRecord::commit).toList());
        int changed = 0;
        for (int j = 0; j < now.size(); j++) {
            int i = indexOf(old, now.get(j).stepId());
            if (i < 0 || !a.get(i).patchId().equals(b.get(j).patchId())) {
                changed++;
            }
        }
        int dropped = (int) old.stream().filter(p -> indexOf(now, p.stepId()) < 0).count();
        return new StatusReport(state, added, up, ontoCommit, baseCommit, false, now.size(), changed, dropped);
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
    private static String behind(Repository repo, ObjectId base, ObjectId up) throws IOException {
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
