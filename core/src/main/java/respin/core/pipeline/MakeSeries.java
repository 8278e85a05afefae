package respin.core.pipeline;

import java.io.File;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import respin.core.checkout.SourceTree;
import respin.core.error.BadInputException;
import respin.core.plan.Recipe;
import respin.core.series.commit.Identities;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Series;
import respin.core.series.mail.CoverLetter;
import respin.core.series.mail.PatchFile;
import respin.core.series.state.SeriesState;
import respin.core.series.state.SeriesStateStore;
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

    /**
     * Runs it. The outcome holds the open tree; close it.
     *
     * @throws BadInputException for a bad name, version, output folder, identity or date
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
        File dir = output != null ? output : new File("respin-out", recipe.name() + "-v" + version);
        SeriesRun.checkOutput(dir);
        if (version < 1) {
            throw new BadInputException("--reroll-count must be 1 or more");
        }
        SourceTree t = tree.get();
        try {
            SeriesRun run = SeriesRun.plan(t, recipe, options);
            if (run.isEmpty()) {
                return new SeriesOutcome(t, series, version, run, null, null, false);
            }
            String[] who = Identities.person(signoff, t.repository());
            boolean fallback = who == null;
            Identity me = fallback ? Identity.of(FALLBACK_NAME, FALLBACK_EMAIL, Identities.when(date))
                    : Identity.of(who[0], who[1], Identities.when(date));
            String branchName = branch != null ? branch : "respin/" + recipe.name() + "-v" + version;
            Series s = run.build(branchName, me, List.of());
            String userBlurb = recipe.coverBlurb();
            CoverLetter cover = options.coverLetter()
                    ? new CoverLetter(recipe.coverSubject(), run.blurb(userBlurb), run.leftovers()) : null;
            List<PatchFile> patches = run.format(s, cover, version);
            SeriesStateStore store = new SeriesStateStore(t.repository());
            SeriesState state = store.read(series).orElseGet(() -> SeriesState.start(series,
                    me.when().atOffset(me.zone()).toLocalDate(), new SecureRandom()));
            SeriesVersion v = new SeriesVersion(version, t.commit(), branchName, s.tip(), recipe.name(), recipeText,
                    options.record(me), recipe.coverSubject(), userBlurb, List.of(), run.records(s), run.sites());
            SeriesReport report = run.write(dir, s, patches);
            store.write(state.with(v), me);
            return new SeriesOutcome(t, series, version, run, report, state.changeId(), fallback);
        } catch (IOException | RuntimeException e) {
            t.close();
            throw e;
        }
    }
}
