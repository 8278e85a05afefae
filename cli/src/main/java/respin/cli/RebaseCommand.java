package respin.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import respin.core.checkout.SourceTree;
import respin.core.error.BadInputException;
import respin.core.plan.Recipe;
import respin.core.series.commit.HandEditConflictException;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Series;
import respin.core.series.commit.Templates;
import respin.core.series.mail.CoverLetter;
import respin.core.series.mail.PatchFile;
import respin.core.series.state.Changelog;
import respin.core.series.state.PatchIds;
import respin.core.series.state.PatchRecord;
import respin.core.series.state.RangeDiff;
import respin.core.series.state.SeriesState;
import respin.core.series.state.SeriesStateStore;
import respin.core.series.state.SeriesVersion;
import respin.rewriters.recipes.RecipeFile;

/** {@code respin rebase}: the recorded recipe run again on a new base, as the next version of the series. */
@Command(name = "rebase", mixinStandardHelpOptions = true,
        description = {"Run the series' recorded recipe on a new base and write the next version of the series.",
            "The recipe is the text recorded with the series, not today's built-in. The next version is a new "
                + "branch and patch files with \"Changes in vN:\" and \"Range-diff against vN-1:\" in the cover "
                + "letter; hand edits of the last version are re-applied on top."})
final class RebaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SeriesStateOptions where;

    @Mixin
    RunOptions runOptions;

    @Option(names = "--onto", paramLabel = "REV", required = true, description = "The new base.")
    String onto;

    @Option(names = {"-o", "--output-directory"}, paramLabel = "DIR",
            description = "Where the patch files go; must not exist or be empty (default: respin-out/<series>-v<N>).")
    File output;

    @Option(names = "--if-changed", description = "Write nothing and print 'up to date' (exit 0) when the "
            + "regenerated patches are the recorded ones (same patch ids) and there is no new hand edit.")
    boolean ifChanged;

    @Option(names = "--cover-from", paramLabel = "DIR", description = "The last version's output folder: its "
            + "0000-cover-letter.patch, as you edited it, gives the blurb and your bullets of its \"Changes in\".")
    Path coverFrom;

    @Option(names = "--change", paramLabel = "TEXT", description = "A bullet of your own for \"Changes in vN:\". Repeatable.")
    List<String> ownChanges = new ArrayList<>();

    @Option(names = "--signoff", paramLabel = "'NAME <EMAIL>'",
            description = "Author and Signed-off-by (default: the one the series recorded).")
    String signoff;

    @Option(names = "--date", paramLabel = "DATE",
            description = "Commit date, ISO-8601 or epoch seconds (default: SOURCE_DATE_EPOCH, else now).")
    String date;

    @Override
    public Integer call() throws IOException {
        try {
            return plannedCall();
        } finally {
            runOptions.finish(spec.commandLine().getErr());
        }
    }

    private Integer plannedCall() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SourceTree t = where.open(onto)) {
            Repository repo = t.repository();
            SeriesState state = where.state(repo);
            SeriesVersion old = state.latest();
            if (coverFrom != null) {
                old = CoverFile.read(coverFrom, old);
                state = state.with(old);
            }
            int n = old.number() + 1;
            File dir = output != null ? output : new File("respin-out", state.name() + "-v" + n);
            if (!ifChanged) {
                SeriesRun.checkOutput(dir);
            }
            Recipe recipe = RecipeFile.parse("recipe of " + state.name() + " v" + old.number()
                    + " (" + SeriesStateStore.PREFIX + state.name() + ")", old.recipeText());
            MailOptions mail = StoredOptions.mail(old);
            SeriesRun run = SeriesRun.plan(t, recipe, mail, out, runOptions, err);
            runOptions.progress(err).phase("series");
            if (run.isEmpty()) {
                out.println("respin: nothing to change: the recipe of " + state.name() + " finds nothing to do at " + onto);
                return 0;
            }
            Identity me = StoredOptions.identity(old, signoff, date);
            Templates tpl = StoredOptions.templates(old);
            List<RevCommit> oldBranch = branchCommits(repo, old);
            List<ObjectId> handEdits = handEdits(old, oldBranch);
            List<PatchRecord> oldGenerated = old.patches().stream()
                    .filter(p -> !p.parts().equals(List.of(PatchRecord.HAND_EDIT))).toList();
            if (ifChanged) {
                Series dry = run.build(null, me, tpl, List.of());
                List<PatchRecord> now = run.records(dry);
                boolean newEdits = oldBranch.size() > old.patches().size();
                if (!newEdits && sameSteps(oldGenerated, now)
                        && PatchIds.of(repo, oldGenerated.stream().map(PatchRecord::commit).toList()).equals(
                                PatchIds.of(repo, now.stream().map(PatchRecord::commit).toList()))) {
                    out.printf("respin: %s v%d is up to date on %s (%s)%n", state.name(), old.number(), onto,
                            t.commit().abbreviate(12).name());
                    return 0;
                }
                SeriesRun.checkOutput(dir);
            }
            String branch = "respin/" + state.name() + "-v" + n;
            Series series;
            try {
                series = run.build(branch, me, tpl, handEdits);
            } catch (HandEditConflictException e) {
                err.println("respin: " + e.getMessage());
                err.println("respin: nothing written; fix the hand edit on " + old.branch()
                        + " (or drop it) and run respin rebase again");
                return Main.PROBLEMS;
            }
            List<PatchRecord> records = run.records(series);
            List<String> handSubjects = records.stream().filter(p -> p.parts().equals(List.of(PatchRecord.HAND_EDIT)))
                    .map(PatchRecord::subject).toList();
            SeriesVersion next = new SeriesVersion(n, t.commit(), branch, series.tip(), old.recipeName(),
                    old.recipeText(), old.options(), old.coverSubject(), old.coverBlurb(), List.of(), records,
                    run.sites());
            List<PatchRecord> nowGenerated = records.subList(0, records.size() - handSubjects.size());
            List<String> changes = new ArrayList<>(Changelog.between(old, next,
                    Changelog.byStep(oldGenerated, PatchIds.of(repo, oldGenerated.stream().map(PatchRecord::commit).toList())),
                    Changelog.byStep(nowGenerated, PatchIds.of(repo, nowGenerated.stream().map(PatchRecord::commit).toList())),
                    describe(repo, old.base()), describe(repo, t.commit()), handSubjects));
            changes.addAll(ownChanges);
            next = next.withCover(old.coverBlurb(), changes);
            SeriesState newState = state.with(next);
            String rangeDiff = new RangeDiff(repo).between(entries(old, oldBranch), entries(records));
            boolean cover = !"false".equals(old.option("cover-letter"));
            CoverLetter letter = cover ? new CoverLetter(old.coverSubject(), run.blurb(old.coverBlurb()),
                    run.leftovers(), Changelog.render(newState.versions()), rangeDiff, old.number()) : null;
            List<PatchFile> patches = run.format(series, tpl, letter, n, old.option("subject-prefix") != null
                    ? old.option("subject-prefix") : "PATCH", mail);
            runOptions.progress(err).phase("checks");
            int exit = run.finish(out, patches, series, dir, onto, "");
            new SeriesStateStore(repo).write(newState, me);
            out.printf("series %s v%d recorded in %s%s%n", state.name(), n, SeriesStateStore.PREFIX, state.name());
            out.println("Changes in v" + n + ":");
            changes.forEach(c -> out.println("  - " + c));
            return exit;
        }
    }

    private static boolean sameSteps(List<PatchRecord> a, List<PatchRecord> b) {
        return a.stream().map(PatchRecord::stepId).toList().equals(b.stream().map(PatchRecord::stepId).toList());
    }

    /**
     * The commits of the last version's branch from its base, oldest first: the recorded patches
     * and any commit the user added on top. A branch that is gone gives the recorded commits.
     */
    static List<RevCommit> branchCommits(Repository repo, SeriesVersion v) throws IOException {
        Ref ref = repo.exactRef("refs/heads/" + v.branch());
        ObjectId tip = ref != null ? ref.getObjectId() : v.tip();
        List<RevCommit> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(tip);
            while (!c.equals(v.base())) {
                out.add(0, c);
                if (c.getParentCount() == 0) {
                    throw new BadInputException("branch " + v.branch() + " no longer sits on the base of v" + v.number()
                            + " (" + v.base().abbreviate(12).name() + ")");
                }
                c = walk.parseCommit(c.getParent(0));
            }
        }
        if (out.stream().noneMatch(c -> c.equals(v.tip()))) {
            throw new BadInputException("branch " + v.branch() + " was rewritten: it no longer holds the v"
                    + v.number() + " commit " + v.tip().abbreviate(12).name());
        }
        return out;
    }

    /** Hand edits to carry: those v carried already, then the commits added on its branch after it. */
    private static List<ObjectId> handEdits(SeriesVersion v, List<RevCommit> branch) {
        List<ObjectId> out = new ArrayList<>();
        v.patches().stream().filter(p -> p.parts().equals(List.of(PatchRecord.HAND_EDIT)))
                .forEach(p -> out.add(p.commit()));
        boolean after = false;
        for (RevCommit c : branch) {
            if (after) {
                out.add(c);
            }
            after |= c.equals(v.tip());
        }
        return out;
    }

    /** Range-diff entries of the old branch: recorded patches by step id, hand edits by subject. */
    private static List<RangeDiff.Entry> entries(SeriesVersion v, List<RevCommit> branch) {
        List<RangeDiff.Entry> out = new ArrayList<>();
        for (RevCommit c : branch) {
            String key = v.patches().stream().filter(p -> p.commit().equals(c)
                    && !p.parts().equals(List.of(PatchRecord.HAND_EDIT))).map(PatchRecord::stepId).findFirst()
                    .orElse("hand:" + c.getShortMessage());
            out.add(new RangeDiff.Entry(key, c));
        }
        return out;
    }

    private static List<RangeDiff.Entry> entries(List<PatchRecord> records) {
        return records.stream().map(p -> new RangeDiff.Entry(p.parts().equals(List.of(PatchRecord.HAND_EDIT))
                ? "hand:" + p.subject() : p.stepId(), p.commit())).toList();
    }

    /** {@code commit 8c3bf8c59c70 ("subject")}: the form checkpatch's GIT_COMMIT_ID asks of a commit log. */
    static String describe(Repository repo, ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(id);
            return "commit " + c.abbreviate(12).name() + " (\"" + c.getShortMessage() + "\")";
        }
    }
}
