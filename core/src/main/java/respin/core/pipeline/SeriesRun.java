package respin.core.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import respin.core.check.PatchChecker;
import respin.core.check.checkpatch.CheckpatchScript;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckResult;
import respin.core.checkout.SourceTree;
import respin.core.error.Checkpoint;
import respin.core.plan.PlannedStep;
import respin.core.plan.Recipe;
import respin.core.progress.RunProgress;
import respin.core.series.commit.ExecEach;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Series;
import respin.core.series.commit.SeriesBuilder;
import respin.core.series.commit.StepCommit;
import respin.core.series.commit.Templates;
import respin.core.series.kernel.AutoRecipients;
import respin.core.series.kernel.SubjectPrefixes;
import respin.core.series.mail.CoverLetter;
import respin.core.series.mail.FormatPatch;
import respin.core.series.mail.PatchFile;
import respin.core.series.state.PatchRecord;
import respin.core.series.state.SeriesTransaction;

/**
 * One version of a series, from the recipe to the files: the {@link Pipeline}, the steps with
 * their subject prefixes, commits on a branch (with hand edits re-applied on top), format-patch
 * files (each written once, with its recipients), the checks. Shared by {@link MakeSeries},
 * {@link RebaseSeries} and {@link SeriesStatus}.
 */
public final class SeriesRun {
    /** The signature under every mail. */
    public static final String SIGNATURE = "respin 0.1.0";
    private static final int MAX_LINE = 100;
    private static final int HISTORY_DEPTH = 50;

    private final Pipeline pipeline;
    private final SeriesOptions options;
    private final List<StepCommit> steps;
    private final List<String> prefixChoices;
    private Templates templates;
    private RunSettings settings = RunSettings.DEFAULT;

    private SeriesRun(Pipeline pipeline, SeriesOptions options, List<StepCommit> steps, List<String> prefixChoices) {
        this.pipeline = pipeline;
        this.options = options;
        this.steps = steps;
        this.prefixChoices = prefixChoices;
    }

    /**
     * Plans {@code recipe} on the tree, its steps split as {@code options} say if they say. A
     * step gets the recipe's subject prefix where it gives one (unless {@code options} ask for
     * prefixes from history), else one learned from the history of its files.
     */
    public static SeriesRun plan(SourceTree t, Recipe recipe, SeriesOptions options) throws IOException {
        return plan(t, recipe, options, RunSettings.DEFAULT);
    }

    /** As above, with the scan cache, progress and checkpatch.pl's time limit of {@code settings}. */
    public static SeriesRun plan(SourceTree t, Recipe recipe, SeriesOptions options, RunSettings settings)
            throws IOException {
        Pipeline p = Pipeline.run(t, options.splitting(recipe), settings.cache(), settings.progress());
        List<StepCommit> commits = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        SubjectPrefixes learn = null;
        for (int i = 0; i < p.plan().steps().size(); i++) {
            PlannedStep s = p.plan().steps().get(i);
            StepCommit c = new StepCommit(s.subject(), s.body(), p.contents().stepBytes(i));
            if (SubjectPrefixes.prefixOf(c.subject()).isEmpty() || options.prefixDepth() != null
                    || s.group() != null) {
                if (learn == null) {
                    learn = new SubjectPrefixes(t.repository(), t.commit(),
                            options.prefixDepth() != null ? options.prefixDepth() : HISTORY_DEPTH);
                }
                SubjectPrefixes.Choice choice = learn.forFiles(c.files().keySet());
                choices.add("prefix \"" + choice.prefix().strip() + "\" for \"" + c.subject() + "\": " + choice.source());
                c = new StepCommit(SubjectPrefixes.withPrefix(c.subject(), choice.prefix()), c.body(), c.files());
            }
            commits.add(c);
        }
        Checkpoint.reach("prefixed");
        SeriesRun run = new SeriesRun(p, options, commits, choices);
        run.settings = settings;
        return run;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public SeriesOptions options() {
        return options;
    }

    /** True when the recipe finds nothing to do. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** {@code prefix "KVM:" for "subject": where it comes from}, one line per step whose prefix was learned. */
    public List<String> prefixChoices() {
        return prefixChoices;
    }

    /** The commits, on {@code branch} unless it is null (a dry run: objects only, no branch). */
    public Series build(String branch, Identity me, List<ObjectId> handEdits) {
        SeriesBuilder b = new SeriesBuilder(pipeline.tree().repository()).base(pipeline.tree().commit()).author(me)
                .signoff(me).templates(templates()).steps(steps).handEdits(handEdits)
                .onCommit(settings.progress()::patchDone);
        settings.progress().phase("commits");
        settings.progress().patches(steps.size());
        if (branch == null) {
            b.dryRun();
        } else {
            b.branch(branch);
        }
        return b.call();
    }

    /** The generated patches of {@code series} as the series state records them (hand edits after them). */
    public List<PatchRecord> records(Series series) {
        List<PatchRecord> out = new ArrayList<>();
        List<PlannedStep> planned = pipeline.plan().steps();
        for (int i = 0; i < series.commits().size(); i++) {
            var c = series.commits().get(i);
            if (i < planned.size()) {
                PlannedStep p = planned.get(i);
                out.add(new PatchRecord(p.id(), p.parts(), c, steps.get(i).subject(), p.group()));
            } else {
                out.add(new PatchRecord("hand-" + (i - planned.size() + 1), List.of(PatchRecord.HAND_EDIT), c,
                        c.getShortMessage()));
            }
        }
        return out;
    }

    /** {@code file: decision} of every site, as the series state records them. */
    public List<String> sites() {
        return pipeline.plan().sites().stream().map(s -> s.span().file() + ": " + s.decision()).toList();
    }

    /** The blurb as written: the user's text, then respin's notes on this plan. */
    public String blurb(String userBlurb) {
        List<String> notes = pipeline.plan().notes();
        return userBlurb.strip() + (notes.isEmpty() ? "" : "\n\n" + String.join("\n\n", notes));
    }

    /** What the cover letter leaves for a human: the plan's leftovers, then what would not compile. */
    public List<String> leftovers() {
        List<String> out = new ArrayList<>(pipeline.plan().leftovers().stream().map(Object::toString).toList());
        pipeline.wouldNotCompile().forEach(w -> out.add("would not compile: " + w));
        if (pipeline.verdict() != null) {
            out.add(pipeline.verdict());
        }
        return out;
    }

    /** The patch files of version {@code version}, each with its recipients, each formatted once. */
    public List<PatchFile> format(Series series, CoverLetter cover, int version) {
        SourceTree tree = pipeline.tree();
        AutoRecipients rcpt = new AutoRecipients(tree.repository(), tree.commit(), options.to(), options.cc());
        FormatPatch fp = new FormatPatch(tree.repository()).series(series).subjectPrefix(options.subjectPrefix())
                .signature(SIGNATURE).templates(templates()).coverLetter(cover).thread(options.thread())
                .onPatch(settings.progress()::patchDone);
        settings.progress().phase("format");
        settings.progress().patches(series.commits().size());
        if (!rcpt.isEmpty()) {
            fp.addressing((i, c, draft) -> rcpt.of(c, draft.text()));
        }
        if (version > 1) {
            fp.version(version);
        }
        return fp.call();
    }

    private Templates templates() {
        if (templates == null) {
            templates = options.templateSet();
        }
        return templates;
    }

    /**
     * Finishes what runs killed on {@code repo} left, then refuses an output that is a file or a
     * folder that is not empty, before any work.
     */
    public static void checkOutput(Repository repo, File dir, RunSettings settings) {
        SeriesTransaction.checkOutput(repo, dir.toPath(), settings.progress()::note);
    }

    /** Writes the patch files into the transaction's staging folder. */
    public static void stage(SeriesTransaction tx, List<PatchFile> patches) {
        stage(tx, patches, RunProgress.silent());
    }

    /** As above, telling {@code progress} of each patch written. */
    public static void stage(SeriesTransaction tx, List<PatchFile> patches, RunProgress progress) {
        progress.phase("write");
        progress.patches(patches.size());
        for (int i = 0; i < patches.size(); i++) {
            Checkpoint.reach("staging-" + i);
            tx.write(patches.get(i).fileName(), patches.get(i).content());
            progress.patchDone();
        }
    }

    /**
     * Checks the files written to {@code dir} (with the revision's checkpatch.pl where it runs,
     * within the time limit).
     */
    public SeriesReport check(File dir, Series series, List<PatchFile> patches) {
        List<PatchText> texts = patches.stream().map(p -> PatchText.parse(p.fileName(), p.content())).toList();
        List<CheckResult> ours = new PatchChecker().maxLineLength(MAX_LINE).strict(false).checkAll(texts);
        Optional<List<CheckResult>> merged = CheckpatchScript.mergeFromRevision(pipeline.tree(), ours, false, MAX_LINE,
                settings.checkpatchTimeout(), settings.notes());
        return new SeriesReport(pipeline, series, patches, dir, merged.orElse(ours), merged.isPresent());
    }

    /** Runs {@code sh -c command} at every patch of {@code series}, its output on {@code log}. */
    public ExecEach.Result exec(Series series, String command, PrintWriter log) throws IOException {
        return new ExecEach(pipeline.tree().repository(), command, log).run(series);
    }
}
