package respin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import respin.core.check.CheckPatches;
import respin.core.check.report.CheckReport;
import respin.core.check.report.CheckResult;

/** {@code respin check}: checkpatch.pl-style rules on patch files, reported as checkpatch reports them. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check patch files with respin's built-in checkpatch.pl rules; '-' reads standard input.",
            "With --checkpatch (or --repo DIR holding scripts/checkpatch.pl, and perl on PATH) the real "
                + "script runs too, and its findings join respin's in one report, each finding once. "
                + "Output follows checkpatch.pl's formats. Exit code 1 when anything is reported."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--strict", description = "Also report CHECK-level findings.")
    boolean strict;

    @Option(names = "--terse", description = "One line per finding: file:line: LEVEL: message.")
    boolean terse;

    @Option(names = "--max-line-length", paramLabel = "N", defaultValue = "100",
            description = "Longest line allowed (default: ${DEFAULT-VALUE}).")
    int maxLineLength;

    @Option(names = "--checkpatch", paramLabel = "PATH",
            description = "Also run this scripts/checkpatch.pl (with perl) and merge its findings.")
    Path checkpatch;

    @Option(names = "--repo", paramLabel = "DIR",
            description = "Kernel tree: its scripts/checkpatch.pl runs too when perl is on PATH.")
    Path repo;

    @Option(names = "--no-checkpatch", description = "Do not run scripts/checkpatch.pl, only respin's rules.")
    boolean noCheckpatch;

    @Option(names = "--checkpatch-timeout", paramLabel = "SECONDS", defaultValue = "60",
            converter = TimeoutConverter.class, description = "Stop the tree's scripts/checkpatch.pl after this "
                    + "long (60, 60s, 2m; default: ${DEFAULT-VALUE} s) and go on with respin's own rules.")
    Duration checkpatchTimeout;

    @Parameters(paramLabel = "PATCH", arity = "1..*", description = "Patch files (git format-patch output).")
    List<String> patches = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<CheckResult> results = new CheckPatches(patches).strict(strict).maxLineLength(maxLineLength)
                .checkpatch(checkpatch).repo(repo).noCheckpatch(noCheckpatch)
                .timeout(checkpatchTimeout, line -> spec.commandLine().getErr().println("respin: " + line)).call();
        PrintWriter out = spec.commandLine().getOut();
        out.print(new CheckReport().terse(terse).format(results));
        out.flush();
        return results.stream().allMatch(CheckResult::clean) ? 0 : Main.PROBLEMS;
    }
}
