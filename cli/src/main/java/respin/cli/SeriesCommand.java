package respin.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import org.eclipse.jgit.lib.Constants;
import respin.core.checkout.SourceTree;
import respin.core.error.BadInputException;
import respin.core.error.Checkpoint;
import respin.core.plan.Recipe;
import respin.core.series.commit.BranchExistsException;
import respin.core.series.commit.BranchNames;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Series;
import respin.core.series.commit.Templates;
import respin.core.series.mail.CoverLetter;
import respin.core.series.mail.PatchFile;
import respin.core.series.state.SeriesState;
import respin.core.series.state.SeriesStateStore;
import respin.core.series.state.SeriesTransaction;
import respin.core.series.state.SeriesVersion;

/** {@code respin series}: commits on a new branch, format-patch files, and the checks on them. */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"Run the recipe, commit each step on a new branch, write git format-patch files and check them.",
            "Only the object database is written: the work tree, the index and HEAD are not touched."})
final class SeriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TreeOptions tree;

    @Mixin
    MailOptions mail;

    @Option(names = "--exec", paramLabel = "CMD",
            description = {"After writing, run 'sh -c CMD' at every patch in a scratch checkout (like git rebase -x);",
                "stops at the first patch where it fails and exits 1."})
    String exec;

    @Option(names = {"-o", "--output-directory"}, paramLabel = "DIR",
            description = "Where the patch files go; must not exist or be empty (default: respin-out/<recipe>-v<N>).")
    File output;

    @Option(names = {"-v", "--reroll-count"}, paramLabel = "N", defaultValue = "1",
            description = "Version of the series: [PATCH vN n/m] from 2 on (default: ${DEFAULT-VALUE}).")
    int version;

    @Option(names = "--branch", paramLabel = "NAME",
            description = "Branch to create (default: respin/<recipe>-v<N>); an existing branch is an error.")
    String branch;

    @Option(names = "--cover-letter", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write 0000-cover-letter.patch (default: on; --no-cover-letter to skip).")
    boolean coverLetter;

    @Option(names = "--subject-prefix", paramLabel = "PREFIX", defaultValue = "PATCH",
            description = "Subject prefix (default: ${DEFAULT-VALUE}); --rfc makes it RFC PATCH.")
    String subjectPrefix;

    @Option(names = "--rfc", description = "Same as --subject-prefix='RFC PATCH'.")
    boolean rfc;

    @Option(names = "--signoff", paramLabel = "'NAME <EMAIL>'",
            description = "Author and Signed-off-by (default: the repository's user.name and user.email).")
    String signoff;

    @Option(names = "--date", paramLabel = "DATE",
            description = "Commit date, ISO-8601 or epoch seconds (default: SOURCE_DATE_EPOCH, else now).")
    String date;

    @Option(names = "--checkpatch-timeout", paramLabel = "SECONDS", defaultValue = "60",
            converter = TimeoutConverter.class, description = "Stop the tree's scripts/checkpatch.pl after this "
                    + "long (60, 60s, 2m; default: ${DEFAULT-VALUE} s) and go on with respin's own rules.")
    Duration checkpatchTimeout;

    @Option(names = "--templates", paramLabel = "DIR", description = "Your own Mustache templates (see templates/).")
    Path templates;

    @Option(names = "--series", paramLabel = "NAME",
            description = "Name of the series in the repository's series state (refs/respin/series/NAME), "
                    + "for respin rebase and status later (default: the recipe's name).")
    String seriesName;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Recipe recipe = tree.recipe();
        String recipeName = recipe.name();
        String name = seriesName != null ? seriesName : recipeName;
        if (!SeriesStateStore.isValidName(name)) {
            throw new BadInputException("'" + name + "' is not a valid series name (letters, digits, '.', '_', '-')");
        }
        if (version < 1) {
            throw new ParameterException(spec.commandLine(), "-v/--reroll-count must be 1 or more, not " + version);
        }
        String branchName = branch != null ? branch : "respin/" + recipeName + "-v" + version;
        BranchNames.problem(branchName).ifPresent(why -> {
            throw new ParameterException(spec.commandLine(), "'" + branchName + "' is not a valid branch name: " + why);
        });
        OffsetDateTime when = Usage.check(spec, () -> Identities.when(date));
        File dir = output != null ? output : new File("respin-out", recipeName + "-v" + version);
        SeriesRun.checkOutput(dir);
        Checkpoint.reach("started");
        try (SourceTree t = tree.openForWriting(); SeriesTransaction tx = SeriesTransaction.begin(t.repository(), dir.toPath())) {
            String[] who = Usage.check(spec, () -> Identities.person(signoff, t.repository()));
            SeriesStateStore store = new SeriesStateStore(t.repository());
            Optional<SeriesState> recorded = store.read(name);
            Optional<SeriesVersion> replaced = recorded.flatMap(s -> s.version(version));
            if (t.repository().exactRef(Constants.R_HEADS + branchName) != null) {
                throw new BranchExistsException(branchName);
            }
            Checkpoint.reach("opened");
            SeriesRun run = SeriesRun.plan(t, recipe, mail, out).checkpatch(checkpatchTimeout, err);
            Checkpoint.reach("planned");
            if (run.isEmpty()) {
                out.println("respin: nothing to change: " + recipeName + " finds nothing to do at " + tree.base);
                return 0;
            }
            if (who == null) {
                who = new String[] {"respin user", "respin@localhost"};
                err.println("respin: no user.name/user.email in the repository's config and no --signoff; "
                        + "signing as " + who[0] + " <" + who[1] + ">");
            }
            Identity me = Identity.of(who[0], who[1], when);
            Templates tpl = templates == null ? Templates.builtin() : Templates.from(templates);
            Series objects = run.build(null, me, tpl, List.of());
            Series series = new Series(objects.base(), objects.commits(), branchName);
            Checkpoint.reach("built");
            String userBlurb = recipe.coverBlurb();
            CoverLetter cover = coverLetter
                    ? new CoverLetter(recipe.coverSubject(), run.blurb(userBlurb), run.leftovers()) : null;
            String prefix = rfc ? "RFC " + subjectPrefix : subjectPrefix;
            List<PatchFile> patches = run.format(series, tpl, cover, version, prefix, mail);
            Checkpoint.reach("formatted");
            SeriesVersion v = new SeriesVersion(version, t.commit(), branchName, series.tip(), recipeName,
                    tree.recipeText(), options(me), recipe.coverSubject(), userBlurb, List.of(),
                    run.records(series), run.sites());
            SeriesRun.stage(tx, patches);
            tx.commit(branchName, series.tip(), name, v, now -> now.orElseGet(() -> SeriesState.start(name,
                    me.when().atOffset(me.zone()).toLocalDate(), new SecureRandom())).adding(v), me);
            Checkpoint.reach("committed");
            replaced.ifPresent(old -> err.printf("respin: series %s v%d was recorded with branch %s; it is now this "
                    + "run's (branch %s)%n", name, version, old.branch(), branchName));
            int exit = run.finish(out, patches, series, dir, tree.base, tree.bundled()
                    ? " (in the bundled fixture repository " + t.repository().getDirectory() + ")" : "");
            SeriesState state = store.read(name).orElseThrow();
            out.printf("series %s v%d recorded in %s%s (change-id %s)%n", name, version, SeriesStateStore.PREFIX,
                    name, state.changeId());
            Checkpoint.reach("checked");
            return Math.max(exit, run.exec(out, series, exec));
        }
    }

    /** The options a respin of this series must use again. */
    private Map<String, List<String>> options(Identity me) {
        Map<String, List<String>> o = new LinkedHashMap<>();
        o.put("signoff", List.of(me.nameAndEmail()));
        o.put("subject-prefix", List.of(rfc ? "RFC " + subjectPrefix : subjectPrefix));
        o.put("cover-letter", List.of(Boolean.toString(coverLetter)));
        o.put("thread", List.of(Boolean.toString(mail.thread)));
        if (!mail.to.isEmpty()) {
            o.put("to", mail.to);
        }
        if (!mail.cc.isEmpty()) {
            o.put("cc", mail.cc);
        }
        if (mail.prefixDepth != null) {
            o.put("prefix-from-history", List.of(mail.prefixDepth.toString()));
        }
        if (templates != null) {
            o.put("templates", List.of(templates.toAbsolutePath().toString()));
        }
        return o;
    }
}
