package respin.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import respin.core.error.Checkpoint;
import respin.core.pipeline.MakeSeries;
import respin.core.pipeline.SeriesOutcome;
import respin.core.plan.Recipe;
import respin.core.series.commit.ExecEach;
import respin.core.series.state.SeriesStateStore;

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
        try {
            return plannedCall();
        } finally {
            runOptions.finish(spec.commandLine().getErr());
        }
    }

    private Integer plannedCall() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Recipe recipe = tree.recipe();
        PrintWriter err = spec.commandLine().getErr();
        MakeSeries make = new MakeSeries(tree::openForWriting).recipe(recipe, tree.recipeText()).name(seriesName)
                .version(version).branch(branch).output(output).signoff(signoff).date(date)
                .options(mail.options(rfc ? "RFC " + subjectPrefix : subjectPrefix, coverLetter, templates)
                        .withSplit(tree.split()))
                .settings(runOptions.settings(err, checkpatchTimeout));
        try (SeriesOutcome o = make.call()) {
            SeriesSummary.prefixes(out, o.run().prefixChoices());
            if (o.isEmpty()) {
                out.println("respin: nothing to change: " + recipe.name() + " finds nothing to do at " + tree.base);
                return 0;
            }
            if (o.replacedBranch() != null) {
                err.printf("respin: series %s v%d was recorded with branch %s; it is now this run's (branch %s)%n",
                        o.name(), version, o.replacedBranch(), o.report().series().branch());
            }
            if (o.signerFallback()) {
                err.println("respin: no user.name/user.email in the repository's config "
                        + "and no --signoff; signing as respin user <respin@localhost>");
            }
            int exit = SeriesSummary.print(out, o.report(), tree.base, tree.bundled()
                    ? " (in the bundled fixture repository " + o.tree().repository().getDirectory() + ")" : "");
            out.printf("series %s v%d recorded in %s%s (change-id %s)%n", o.name(), version, SeriesStateStore.PREFIX,
                    o.name(), o.changeId());
            Checkpoint.reach("checked");
            if (exec == null) {
                return exit;
            }
            ExecEach.Result r = o.exec(exec, out);
            out.println(r.ok() ? "exec: '" + exec + "' passed at all " + o.report().series().commits().size()
                    + " patches" : "exec: first failing patch: " + r.failedPatch());
            return Math.max(exit, r.ok() ? 0 : Main.PROBLEMS);
        }
    }
}
