package respin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import respin.core.check.PatchChecker;
import respin.core.check.checkpatch.CheckpatchScript;
import respin.core.check.checkpatch.CheckpatchTimeoutException;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckReport;
import respin.core.check.report.CheckResult;
import respin.core.error.BadInputException;

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
        List<PatchText> texts = new ArrayList<>();
        for (String p : patches) {
            try {
                texts.add(p.equals("-") ? PatchText.parse("<stdin>", System.in.readAllBytes())
                        : PatchText.parse(p, Files.readAllBytes(Path.of(p))));
            } catch (NoSuchFileException e) {
                throw new BadInputException(p + ": no such file");
            }
        }
        List<CheckResult> results = check(texts, maxLineLength, strict);
        Optional<CheckpatchScript> script = script();
        if (script.isPresent()) {
            try {
                results = script.get().strict(strict).maxLineLength(maxLineLength).timeout(checkpatchTimeout)
                        .merge(results);
            } catch (CheckpatchTimeoutException e) {
                spec.commandLine().getErr().println("respin: " + e.getMessage()
                        + "; only respin's own rules checked the patches");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(new CheckReport().terse(terse).format(results));
        out.flush();
        return results.stream().allMatch(CheckResult::clean) ? 0 : Main.PROBLEMS;
    }

    /** The script to run with respin's rules, if any. */
    private Optional<CheckpatchScript> script() {
        if (noCheckpatch) {
            return Optional.empty();
        }
        if (checkpatch != null) {
            if (!Files.isRegularFile(checkpatch)) {
                throw new BadInputException(checkpatch + ": no such file (--checkpatch)");
            }
            if (!CheckpatchScript.perlRuns()) {
                throw new BadInputException("--checkpatch " + checkpatch + ": perl is not on PATH");
            }
            return Optional.of(new CheckpatchScript(checkpatch));
        }
        if (repo != null && !Files.isDirectory(repo)) {
            throw new BadInputException(repo + ": not a directory (--repo)");
        }
        return repo == null ? Optional.empty() : CheckpatchScript.inTree(repo);
    }

    static List<CheckResult> check(List<PatchText> texts, int maxLineLength, boolean strict) {
        return new PatchChecker().maxLineLength(maxLineLength).strict(strict).checkAll(texts);
    }
}
