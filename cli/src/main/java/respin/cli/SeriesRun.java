package respin.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import respin.core.check.checkpatch.CheckpatchScript;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckResult;
import respin.core.check.report.Level;
import respin.core.checkout.SourceTree;
import respin.core.error.BadInputException;
import respin.core.pipeline.Migration;
import respin.core.plan.PlannedStep;
import respin.core.plan.Recipe;
import respin.core.series.commit.ExecEach;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Series;
import respin.core.series.commit.SeriesBuilder;
import respin.core.series.commit.StepCommit;
import respin.core.series.commit.Templates;
import respin.core.series.kernel.Recipients;
import respin.core.series.mail.CoverLetter;
import respin.core.series.mail.FormatPatch;
import respin.core.series.mail.PatchFile;
import respin.core.series.state.PatchRecord;

/**
 * One version of a series, from the recipe to the files: plan, commits on a branch (with hand
 * edits re-applied on top), format-patch files, checks and the summary. Shared by
 * {@code respin series} and {@code respin rebase}.
 */
final class SeriesRun {
    static final String SIGNATURE = "respin 0.1.0";

    final SourceTree tree;
    final Migration migration;
    final List<StepCommit> steps;

    private SeriesRun(SourceTree tree, Migration migration, List<StepCommit> steps) {
        this.tree = tree;
        this.migration = migration;
        this.steps = steps;
    }

    /** Plans {@code recipe} on the tree; the steps get their subject prefixes. */
    static SeriesRun plan(SourceTree t, Recipe recipe, MailOptions mail, PrintWriter out) throws IOException {
        return plan(t, recipe, mail, out, null, null);
    }

    /** As above, with the scan cache and progress of {@code run} (none when null), reporting to {@code err}. */
    static SeriesRun plan(SourceTree t, Recipe recipe, MailOptions mail, PrintWriter out, RunOptions run,
            PrintWriter err) throws IOException {
        Migration m = run == null ? Migration.run(t, recipe)
                : Migration.run(t, recipe, run.cache(), run.progress(err));
        List<StepCommit> commits = new ArrayList<>();
        for (int i = 0; i < m.plan().steps().size(); i++) {
            PlannedStep s = m.plan().steps().get(i);
            Map<String, byte[]> files = new LinkedHashMap<>();
            m.contents().step(i).forEach((p, text) -> files.put(p, text.getBytes(StandardCharsets.ISO_8859_1)));
            commits.add(new StepCommit(s.subject(), s.body(), files));
        }
        if (!commits.isEmpty()) {
            commits = mail.prefixed(commits, t.repository(), t.commit(), out);
        }
        return new SeriesRun(t, m, commits);
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The commits, on {@code branch} unless it is null (a dry run: objects only, no branch). */
    Series build(String branch, Identity me, Templates tpl, List<ObjectId> handEdits) {
        SeriesBuilder b = new SeriesBuilder(tree.repository()).base(tree.commit()).author(me).signoff(me)
                .templates(tpl).steps(steps).handEdits(handEdits);
        if (branch == null) {
            b.dryRun();
        } else {
            b.branch(branch);
        }
        return b.call();
    }

    /** The generated patches of {@code series} as the series state records them (hand edits after them). */
    List<PatchRecord> records(Series series) {
        List<PatchRecord> out = new ArrayList<>();
        List<PlannedStep> planned = migration.plan().steps();
        for (int i = 0; i < series.commits().size(); i++) {
            var c = series.commits().get(i);
            if (i < planned.size()) {
                out.add(new PatchRecord(planned.get(i).id(), planned.get(i).parts(), c, steps.get(i).subject()));
            } else {
                out.add(new PatchRecord("hand-" + (i - planned.size() + 1), List.of(PatchRecord.HAND_EDIT), c,
                        c.getShortMessage()));
            }
        }
        return out;
    }

    /** {@code file: decision} of every site, as the series state records them. */
    List<String> sites() {
        return migration.plan().sites().stream().map(s -> s.span().file() + ": " + s.decision()).toList();
    }

    /** The blurb as written: the user's text, then respin's notes on this plan. */
    String blurb(String userBlurb) {
        List<String> notes = migration.plan().notes();
        return userBlurb.strip() + (notes.isEmpty() ? "" : "\n\n" + String.join("\n\n", notes));
    }

    List<String> leftovers() {
        return migration.plan().leftovers().stream().map(Object::toString).toList();
    }

    /** The patch files: with the recipients of each patch when the mail options ask for them. */
    List<PatchFile> format(Series series, Templates tpl, CoverLetter cover, int version, String prefix,
            MailOptions mail) throws IOException {
        List<PatchFile> patches = format(series, tpl, cover, version, prefix, mail, List.of());
        if (mail.wantsRecipients()) {
            patches = format(series, tpl, cover, version, prefix, mail,
                    mail.recipients(tree.repository(), tree.commit(), series.commits(), patches));
        }
        return patches;
    }

    private List<PatchFile> format(Series series, Templates tpl, CoverLetter cover, int version, String prefix,
            MailOptions mail, List<Recipients> recipients) {
        FormatPatch fp = new FormatPatch(tree.repository()).series(series).subjectPrefix(prefix)
                .signature(SIGNATURE).templates(tpl).coverLetter(cover).thread(mail.thread).recipients(recipients);
        if (version > 1) {
            fp.version(version);
        }
        return fp.call();
    }

    /** Refuses an output folder that exists and is not empty, before any work. */
    static void checkOutput(File dir) {
        if (dir.exists() && (!dir.isDirectory() || dir.list().length > 0)) {
            throw new BadInputException("output folder " + dir + " exists and is not empty");
        }
    }

    /** Writes the files, prints the summary and the checks; returns the exit code. */
    int finish(PrintWriter out, List<PatchFile> patches, Series series, File dir, String what, String branchNote)
            throws IOException {
        Files.createDirectories(dir.toPath());
        for (PatchFile p : patches) {
            Files.write(dir.toPath().resolve(p.fileName()), p.content());
        }
        List<PatchText> texts = patches.stream().map(p -> PatchText.parse(p.fileName(), p.content())).toList();
        List<CheckResult> ours = CheckCommand.check(texts, 100, false);
        Optional<List<CheckResult>> merged = CheckpatchScript.mergeFromRevision(tree, ours, false, 100);
        List<CheckResult> checks = merged.orElse(ours);
        Set<String> files = new LinkedHashSet<>();
        migration.plan().steps().forEach(s -> s.edits().forEach(e -> files.add(e.path())));
        out.printf("respin: %s on %s (%s)%n", migration.plan().recipe().name(), what,
                tree.commit().abbreviate(12).name());
        out.printf("  %d patches, %d files changed, %d sites, %d left for a human, %d files parsed%n",
                migration.plan().steps().size(), files.size(), migration.plan().sites().size(),
                migration.plan().leftovers().size(), migration.parsed().size());
        for (PatchFile p : patches) {
            out.printf("  %s%n", p.fileName());
        }
        migration.plan().leftovers().forEach(l -> out.printf("  left for a human: %s%n", l));
        out.printf("  branch %s -> %s%s%n", series.branch(), series.tip().abbreviate(12).name(), branchNote);
        out.printf("wrote %d files to %s%n", patches.size(), dir);
        long errors = checks.stream().mapToLong(c -> c.count(Level.ERROR)).sum();
        long warnings = checks.stream().mapToLong(c -> c.count(Level.WARNING)).sum();
        // like b4, findings in the cover letter (no commit: its changelog, range-diff) are shown
        // but do not fail the run; findings in a patch do
        boolean patchProblems = checks.stream().anyMatch(c -> !c.clean() && !c.patch().isCoverLetter());
        out.printf("checks: %d errors, %d warnings in %d patches%s%s%s%n", errors, warnings, checks.size(),
                errors + warnings > 0 && !patchProblems ? ", all in the cover letter" : "",
                merged.isPresent() ? " (respin's rules and the revision's scripts/checkpatch.pl)" : "",
                errors + warnings == 0 ? "" : " (respin check " + dir + "/*.patch for the report)");
        return patchProblems ? Main.PROBLEMS : 0;
    }

    /** Runs {@code exec} at every patch (nothing when it is null); returns the exit code. */
    int exec(PrintWriter out, Series series, String exec) throws IOException {
        if (exec == null) {
            return 0;
        }
        ExecEach.Result r = new ExecEach(tree.repository(), exec, out).run(series);
        out.println(r.ok() ? "exec: '" + exec + "' passed at all " + series.commits().size() + " patches"
                : "exec: first failing patch: " + r.failedPatch());
        return r.ok() ? 0 : Main.PROBLEMS;
    }
}
