package respin.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import respin.core.checkout.SourceTree;
import respin.core.pipeline.RebaseConflictException;
import respin.core.pipeline.RebaseOutcome;
import respin.core.pipeline.RebaseSeries;
import respin.core.series.state.SeriesStateStore;
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

    @Option(names = "--split", paramLabel = "HOW", description = "Split every step as HOW (by-maintainer, "
            + "by-directory[=DEPTH] or none) from this version on; default: as the last version (its --split, else "
            + "the recipe's split:).")
    String split;

    @Option(names = "--change", paramLabel = "TEXT", description = "A bullet of your own for \"Changes in vN:\". Repeatable.")
    List<String> ownChanges = new ArrayList<>();

    @Option(names = "--checkpatch-timeout", paramLabel = "SECONDS", defaultValue = "60",
            converter = TimeoutConverter.class, description = "Stop the tree's scripts/checkpatch.pl after this "
                    + "long (60, 60s, 2m; default: ${DEFAULT-VALUE} s) and go on with respin's own rules.")
    Duration checkpatchTimeout;

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
        try (SourceTree t = where.open(onto)) {
            RebaseOutcome o;
            try {
                o = new RebaseSeries(t, RecipeFile::parse).series(where.series, where.repo.toString()).ontoName(onto)
                        .output(output).ifChanged(ifChanged).coverFrom(coverFrom).changes(ownChanges)
                        .signoff(signoff).date(date).split(TreeOptions.split(spec.commandLine(), split))
                        .settings(runOptions.settings(spec.commandLine().getErr(), checkpatchTimeout)).call();
            } catch (RebaseConflictException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("respin: " + e.getMessage());
                err.println("respin: nothing written; fix the hand edit on " + e.branch()
                        + " (or drop it) and run respin rebase again");
                return Main.PROBLEMS;
            }
            SeriesSummary.prefixes(out, o.run().prefixChoices());
            switch (o.kind()) {
                case NOTHING_TO_DO -> {
                    out.println("respin: nothing to change: the recipe of " + o.name() + " finds nothing to do at "
                            + onto);
                    return 0;
                }
                case UP_TO_DATE -> {
                    out.printf("respin: %s v%d is up to date on %s (%s)%n", o.name(), o.last().number(), onto,
                            t.commit().abbreviate(12).name());
                    return 0;
                }
                default -> {
                    int exit = SeriesSummary.print(out, o.report(), onto, "");
                    out.printf("series %s v%d recorded in %s%s%n", o.name(), o.number(), SeriesStateStore.PREFIX,
                            o.name());
                    out.println("Changes in v" + o.number() + ":");
                    o.changes().forEach(c -> out.println("  - " + c));
                    return exit;
                }
            }
        }
    }
}
