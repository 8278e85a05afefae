package respin.core.pipeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import respin.core.checkout.SourceTree;
import respin.core.plan.Recipe;
import respin.core.plan.Split;
import respin.core.series.commit.BranchExistsException;
import respin.core.series.commit.HandEditConflictException;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Series;
import respin.core.series.mail.CoverLetter;
import respin.core.series.mail.PatchFile;
import respin.core.series.state.Changelog;
import respin.core.series.state.CoverFile;
import respin.core.series.state.PatchIds;
import respin.core.series.state.PatchRecord;
import respin.core.series.state.RangeDiff;
import respin.core.series.state.SeriesState;
import respin.core.series.state.SeriesStateStore;
import respin.core.series.state.SeriesTransaction;
import respin.core.series.state.SeriesVersion;
import respin.core.series.state.VersionBranch;

/**
 * {@code respin rebase}: the recipe a series recorded, run again on a new base, as the next
 * version: a new branch with the last version's hand edits on top, patch files whose cover
 * letter has "Changes in vN:" and a range-diff, the new version recorded. Configure, then
 * {@link #call()} once.
 */
public final class RebaseSeries {
    private final SourceTree onto;
    private final BiFunction<String, String, Recipe> recipes;
    private String series;
    private String where = ".";
    private String ontoName = "HEAD";
    private File output;
    private boolean ifChanged;
    private Path coverFrom;
    private List<String> ownChanges = List.of();
    private String signoff;
    private String date;
    private RunSettings settings = RunSettings.DEFAULT;
    private Split split;

    /** Works on the tree {@code onto}; {@code recipes} reads a recorded recipe (origin, text). */
    public RebaseSeries(SourceTree onto, BiFunction<String, String, Recipe> recipes) {
        this.onto = Objects.requireNonNull(onto, "onto");
        this.recipes = Objects.requireNonNull(recipes, "recipes");
    }

    /** The series (default: the only one recorded); {@code where} names the repository in messages. */
    public RebaseSeries series(String name, String where) {
        this.series = name;
        this.where = where;
        return this;
    }

    /** How the new base was named (for the messages). */
    public RebaseSeries ontoName(String name) {
        this.ontoName = name;
        return this;
    }

    /** Where the files go (default: {@code respin-out/<series>-v<N>}); must not exist or be empty. */
    public RebaseSeries output(File dir) {
        this.output = dir;
        return this;
    }

    /** Write nothing when the regenerated patches are the recorded ones and there is no new hand edit. */
    public RebaseSeries ifChanged(boolean ifChanged) {
        this.ifChanged = ifChanged;
        return this;
    }

    /** The last version's output folder, whose edited cover letter gives the blurb and "Changes in" bullets. */
    public RebaseSeries coverFrom(Path dir) {
        this.coverFrom = dir;
        return this;
    }

    /** Bullets of the user's own for "Changes in vN:". */
    public RebaseSeries changes(List<String> bullets) {
        this.ownChanges = List.copyOf(bullets);
        return this;
    }

    public RebaseSeries signoff(String signoff) {
        this.signoff = signoff;
        return this;
    }

    public RebaseSeries date(String date) {
        this.date = date;
        return this;
    }

    /** Every step split as {@code s} from this version on (default, null: as the last version was split). */
    public RebaseSeries split(Split s) {
        this.split = s;
        return this;
    }

    /** The scan cache, progress and checkpatch.pl's time limit of this run. */
    public RebaseSeries settings(RunSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /**
     * Runs it. The branch, the series state and the output folder appear together or not at
     * all ({@link SeriesTransaction}).
     *
     * @throws RebaseConflictException if a hand edit does not apply (nothing is written)
     */
    public RebaseOutcome call() throws IOException {
        Repository repo = onto.repository();
        SeriesState state = RecordedSeries.find(repo, series, where);
        SeriesVersion old = state.latest();
        if (coverFrom != null) {
            old = CoverFile.read(coverFrom, old);
            state = state.with(old);
        }
        int n = old.number() + 1;
        File dir = output != null ? output : new File("respin-out", state.name() + "-v" + n);
        if (!ifChanged) {
            SeriesRun.checkOutput(repo, dir, settings);
        }
        Recipe recipe = recipes.apply("recipe of " + state.name() + " v" + old.number()
                + " (" + SeriesStateStore.PREFIX + state.name() + ")", old.recipeText());
        SeriesOptions options = split != null ? SeriesOptions.of(old).withSplit(split) : SeriesOptions.of(old);
        SeriesRun run = SeriesRun.plan(onto, recipe, options, settings);
        settings.progress().phase("series");
        if (run.isEmpty()) {
            return new RebaseOutcome(RebaseOutcome.Kind.NOTHING_TO_DO, state.name(), old, n, run, null, null);
        }
        Identity me = SeriesOptions.signer(old, signoff, date);
        VersionBranch oldBranch = VersionBranch.read(repo, old);
        List<PatchRecord> oldGenerated = Changelog.generated(old);
        if (ifChanged) {
            List<PatchRecord> now = run.records(run.build(null, me, List.of()));
            if (oldBranch.added() <= 0 && sameSteps(oldGenerated, now) && ids(repo, oldGenerated).equals(ids(repo, now))) {
                return new RebaseOutcome(RebaseOutcome.Kind.UP_TO_DATE, state.name(), old, n, run, null, null);
            }
            SeriesRun.checkOutput(repo, dir, settings);
        }
        String branch = "respin/" + state.name() + "-v" + n;
        if (repo.exactRef(Constants.R_HEADS + branch) != null) {
            throw new BranchExistsException(branch);
        }
        Series s;
        try {
            Series objects = run.build(null, me, oldBranch.handEdits());
            s = new Series(objects.base(), objects.commits(), branch);
        } catch (HandEditConflictException e) {
            throw new RebaseConflictException(e, old.branch());
        }
        List<PatchRecord> records = run.records(s);
        List<String> handSubjects = records.stream().filter(PatchRecord::isHandEdit).map(PatchRecord::subject).toList();
        SeriesVersion next = new SeriesVersion(n, onto.commit(), branch, s.tip(), old.recipeName(),
                old.recipeText(), splitRecorded(old.options()), old.coverSubject(), old.coverBlurb(), List.of(),
                records, run.sites());
        List<PatchRecord> nowGenerated = records.subList(0, records.size() - handSubjects.size());
        List<String> changes = new ArrayList<>(Changelog.between(old, next,
                Changelog.byStep(oldGenerated, ids(repo, oldGenerated)),
                Changelog.byStep(nowGenerated, ids(repo, nowGenerated)),
                VersionBranch.describe(repo, old.base()), VersionBranch.describe(repo, onto.commit()), handSubjects));
        changes.addAll(ownChanges);
        next = next.withCover(old.coverBlurb(), changes);
        SeriesState newState = state.with(next);
        String rangeDiff = new RangeDiff(repo).between(oldBranch.entries(), VersionBranch.entries(records));
        CoverLetter letter = run.options().coverLetter() ? new CoverLetter(old.coverSubject(),
                run.blurb(old.coverBlurb()), run.leftovers(), Changelog.render(newState.versions()), rangeDiff,
                old.number()) : null;
        List<PatchFile> patches = run.format(s, letter, n);
        SeriesVersion edited = old;
        SeriesVersion recorded = next;
        try (SeriesTransaction tx = SeriesTransaction.begin(repo, dir.toPath(), settings.progress()::note)) {
            SeriesRun.stage(tx, patches, settings.progress());
            tx.commit(branch, s.tip(), state.name(), recorded,
                    now -> now.orElse(newState).adding(edited).adding(recorded), me);
        }
        settings.progress().phase("checks");
        SeriesReport report = run.check(dir, s, patches);
        return new RebaseOutcome(RebaseOutcome.Kind.WRITTEN, state.name(), old, n, run, report, changes);
    }

    /** {@code recorded} with this run's {@link #split(Split)}, if it has one. */
    private Map<String, List<String>> splitRecorded(Map<String, List<String>> recorded) {
        if (split == null) {
            return recorded;
        }
        Map<String, List<String>> out = new LinkedHashMap<>(recorded);
        out.put("split", List.of(split.toString()));
        return out;
    }

    private static List<PatchIds.Ids> ids(Repository repo, List<PatchRecord> records) throws IOException {
        return PatchIds.of(repo, records.stream().map(PatchRecord::commit).toList());
    }

    private static boolean sameSteps(List<PatchRecord> a, List<PatchRecord> b) {
        return a.stream().map(PatchRecord::stepId).toList().equals(b.stream().map(PatchRecord::stepId).toList());
    }
}
