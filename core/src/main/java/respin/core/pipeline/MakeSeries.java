package respin.core.pipeline;

import java.io.File;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jgit.lib.Constants;
import respin.core.checkout.SourceTree;
import respin.core.error.BadInputException;
import respin.core.error.Checkpoint;
import respin.core.error.UsageException;
import respin.core.plan.Recipe;
import respin.core.series.commit.BranchExistsException;
import respin.core.series.commit.BranchNames;
import respin.core.series.commit.Identities;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Series;
import respin.core.series.mail.CoverLetter;
import respin.core.series.mail.PatchFile;
import respin.core.series.state.SeriesState;
import respin.core.series.state.SeriesStateStore;
import respin.core.series.state.SeriesTransaction;
import respin.core.series.state.SeriesVersion;

/**
 * {@code respin series}: the whole pipeline for a first (or a chosen) version of a series —
 * plan, commits on a new branch, patch files, checks — recorded in the repository's series
 * state. Configure, then {@link #call()} once.
 */
public final class MakeSeries {
    private static final String FALLBACK_NAME = "respin user";
    private static final String FALLBACK_EMAIL = "respin@localhost";

    private final Supplier<SourceTree> tree;
    private Recipe recipe;
    private String recipeText = "";
    private String name;
    private int version = 1;
    private String branch;
    private File output;
    private String signoff;
    private String date;
    private SeriesOptions options = SeriesOptions.DEFAULT;
    private RunSettings settings = RunSettings.DEFAULT;
    private boolean called;

    /** {@code tree} opens the revision to work on; it is opened once the options are known to be good. */
    public MakeSeries(Supplier<SourceTree> tree) {
        this.tree = Objects.requireNonNull(tree, "tree");
    }

    public MakeSeries recipe(Recipe recipe, String text) {
        this.recipe = recipe;
        this.recipeText = text;
        return this;
    }

    /** The name in the series state (default: the recipe's name). */
    public MakeSeries name(String name) {
        this.name = name;
        return this;
    }

    public MakeSeries version(int version) {
        this.version = version;
        return this;
    }

    /** The branch to create (default: {@code respin/<recipe>-v<N>}). */
    public MakeSeries branch(String branch) {
        this.branch = branch;
        return this;
    }

    /** Where the files go (default: {@code respin-out/<recipe>-v<N>}); must not exist or be empty. */
    public MakeSeries output(File dir) {
        this.output = dir;
        return this;
    }

    /** {@code Name <email>} of the author (default: the repository's user.name and user.email). */
    public MakeSeries signoff(String signoff) {
        this.signoff = signoff;
        return this;
    }

    /** The commit date, ISO-8601 or epoch seconds (default: SOURCE_DATE_EPOCH, else now). */
    public MakeSeries date(String date) {
        this.date = date;
        return this;
    }

    public MakeSeries options(SeriesOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        return this;
    }

    /** The scan cache, progress and checkpatch.pl's time limit of this run. */
    public MakeSeries settings(RunSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /**
     * Runs it. The branch, the series state and the output folder appear together or not at all
     * ({@link SeriesTransaction}). The outcome holds the open tree; close it.
     *
     * @throws UsageException for a version below 1, a branch name git refuses, an unreadable date or sign-off
     * @throws BadInputException for a bad name or output folder, or a branch that exists
     */
    public SeriesOutcome call() throws IOException {
        if (called) {
            throw new IllegalStateException("MakeSeries.call() already ran");
        }
        called = true;
        Objects.requireNonNull(recipe, "recipe");
        String series = name != null ? name : recipe.name();
        if (!SeriesStateStore.isValidName(series)) {
            throw new BadInputException("'" + series + "' is not a valid series name (letters, digits, '.', '_', '-')");
        }
        if (version < 1) {
            throw new UsageException("-v/--reroll-count must be 1 or more, not " + version);
        }
        String branchName = branch != null ? branch : "respin/" + recipe.name() + "-v" + version;
        BranchNames.problem(branchName).ifPresent(why -> {
            throw new UsageException("'" + branchName + "' is not a valid branch name: " + why);
        });
        OffsetDateTime when = usage(() -> Identities.when(date));
        File dir = output != null ? output : new File("respin-out", recipe.name() + "-v" + version);
        Checkpoint.reach("started");
        SourceTree t = tree.get();
        try (SeriesTransaction tx = SeriesTransaction.begin(t.repository(), dir.toPath(), settings.progress()::note)) {
            String[] who = usage(() -> Identities.person(signoff, t.repository()));
            SeriesStateStore store = new SeriesStateStore(t.repository());
            Optional<SeriesVersion> replaced = store.read(series).flatMap(st -> st.version(version));
            if (t.repository().exactRef(Constants.R_HEADS + branchName) != null) {
                throw new BranchExistsException(branchName);
            }
            Checkpoint.reach("opened");
            SeriesRun run = SeriesRun.plan(t, recipe, options, settings);
            settings.progress().phase("series");
            Checkpoint.reach("planned");
            if (run.isEmpty()) {
                return new SeriesOutcome(t, series, version, run, null, null, false, null);
            }
            boolean fallback = who == null;
            Identity me = fallback ? Identity.of(FALLBACK_NAME, FALLBACK_EMAIL, when) : Identity.of(who[0], who[1], when);
            Series objects = run.build(null, me, List.of());
            Series s = new Series(objects.base(), objects.commits(), branchName);
            Checkpoint.reach("built");
            String userBlurb = recipe.coverBlurb();
            CoverLetter cover = options.coverLetter()
                    ? new CoverLetter(recipe.coverSubject(), run.blurb(userBlurb), run.leftovers()) : null;
            List<PatchFile> patches = run.format(s, cover, version);
            Checkpoint.reach("formatted");
            SeriesVersion v = new SeriesVersion(version, t.commit(), branchName, s.tip(), recipe.name(), recipeText,
                    options.record(me), recipe.coverSubject(), userBlurb, List.of(), run.records(s), run.sites());
            SeriesRun.stage(tx, patches, settings.progress());
            tx.commit(branchName, s.tip(), series, v, now -> now.orElseGet(() -> SeriesState.start(series,
                    me.when().atOffset(me.zone()).toLocalDate(), new SecureRandom())).adding(v), me);
            Checkpoint.reach("committed");
            settings.progress().phase("checks");
            SeriesReport report = run.check(dir, s, patches);
            String changeId = store.read(series).orElseThrow().changeId();
            return new SeriesOutcome(t, series, version, run, report, changeId, fallback,
                    replaced.map(SeriesVersion::branch).orElse(null));
        } catch (IOException | RuntimeException e) {
            t.close();
            throw e;
        }
    }

    /** The value {@code read} gives; a value it cannot read is a usage error. */
    private static <T> T usage(Supplier<T> read) {
        try {
            return read.get();
        } catch (BadInputException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
