package respin.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import respin.core.checkout.SourceTree;
import respin.core.error.BadInputException;
import respin.core.plan.Recipe;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Series;
import respin.core.series.commit.Templates;
import respin.core.series.mail.CoverLetter;
import respin.core.series.mail.PatchFile;
import respin.core.series.state.SeriesState;
import respin.core.series.state.SeriesStateStore;
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
    RunOptions runOptions;

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

    @Option(names = "--templates", paramLabel = "DIR", description = "Your own Mustache templates (see templates/).")
    Path templates;

    @Option(names = "--series", paramLabel = "NAME",
            description = "Name of the series in the repository's series state (refs/respin/series/NAME), "
                    + "for respin rebase and status later (default: the recipe's name).")
    String seriesName;

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
        Recipe recipe = tree.recipe();
        String recipeName = recipe.name();
        String name = seriesName != null ? seriesName : recipeName;
        if (!SeriesStateStore.isValidName(name)) {
            throw new BadInputException("'" + name + "' is not a valid series name (letters, digits, '.', '_', '-')");
        }
        File dir = output != null ? output : new File("respin-out", recipeName + "-v" + version);
        SeriesRun.checkOutput(dir);
        if (version < 1) {
            throw new BadInputException("--reroll-count must be 1 or more");
        }
        try (SourceTree t = tree.open()) {
            SeriesRun run = SeriesRun.plan(t, recipe, mail, out, runOptions, err);
            runOptions.progress(err).phase("series");
            if (run.isEmpty()) {
                out.println("respin: nothing to change: " + recipeName + " finds nothing to do at " + tree.base);
                return 0;
            }
            String[] who = Identities.person(signoff, t.repository());
            if (who == null) {
                who = new String[] {"respin user", "respin@localhost"};
                err.println("respin: no user.name/user.email in the repository's config and no --signoff; "
                        + "signing as " + who[0] + " <" + who[1] + ">");
            }
            Identity me = Identity.of(who[0], who[1], Identities.when(date));
            Templates tpl = templates == null ? Templates.builtin() : Templates.from(templates);
            String branchName = branch != null ? branch : "respin/" + recipeName + "-v" + version;
            Series series = run.build(branchName, me, tpl, List.of());
            String userBlurb = recipe.coverBlurb();
            CoverLetter cover = coverLetter
                    ? new CoverLetter(recipe.coverSubject(), run.blurb(userBlurb), run.leftovers()) : null;
            String prefix = rfc ? "RFC " + subjectPrefix : subjectPrefix;
            List<PatchFile> patches = run.format(series, tpl, cover, version, prefix, mail);
            SeriesStateStore store = new SeriesStateStore(t.repository());
            SeriesState state = store.read(name).orElseGet(() -> SeriesState.start(name,
                    me.when().atOffset(me.zone()).toLocalDate(), new SecureRandom()));
            SeriesVersion v = new SeriesVersion(version, t.commit(), branchName, series.tip(), recipeName,
                    tree.recipeText(), options(me), recipe.coverSubject(), userBlurb, List.of(),
                    run.records(series), run.sites());
            runOptions.progress(err).phase("checks");
            int exit = run.finish(out, patches, series, dir, tree.base, tree.bundled()
                    ? " (in the bundled fixture repository " + t.repository().getDirectory() + ")" : "");
            store.write(state.with(v), me);
            out.printf("series %s v%d recorded in %s%s (change-id %s)%n", name, version, SeriesStateStore.PREFIX,
                    name, state.changeId());
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
