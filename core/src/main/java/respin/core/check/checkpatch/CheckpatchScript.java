package respin.core.check.checkpatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckMerge;
import respin.core.check.report.CheckResult;
import respin.core.check.report.CheckpatchReport;
import respin.core.check.report.Finding;
import respin.core.check.rules.LongLine;
import respin.core.checkout.SourceTree;

/**
 * The real scripts/checkpatch.pl, run by perl over patches, its findings read back.
 *
 * <pre>{@code
 * List<CheckResult> merged = new CheckpatchScript(script).strict(true).merge(results);
 * }</pre>
 *
 * <p>It runs as {@code perl checkpatch.pl --no-tree --emacs --show-types} in a scratch folder
 * outside any git repository (so, like respin, it looks up no commit ids), without the
 * caller's {@code GIT_*} variables or {@code ~/.checkpatch.conf}, one run for all patches.
 */
public final class CheckpatchScript {
    private static final List<String> COMPANIONS = List.of("scripts/checkpatch.pl", "scripts/spelling.txt",
            "scripts/const_structs.checkpatch");
    /** How long one run of the script may take by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Path script;
    private boolean strict;
    private int maxLineLength = LongLine.DEFAULT_MAX;
    private Duration timeout = DEFAULT_TIMEOUT;

    public CheckpatchScript(Path script) {
        this.script = script.toAbsolutePath();
    }

    /** As {@code --strict}. */
    public CheckpatchScript strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /** As {@code --max-line-length=N}. */
    public CheckpatchScript maxLineLength(int columns) {
        this.maxLineLength = columns;
        return this;
    }

    /** How long one run may take; over it the script and every process it started are killed. */
    public CheckpatchScript timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    public Path script() {
        return script;
    }

    /** {@code DIR/scripts/checkpatch.pl} when it is a file and perl runs; else empty. */
    public static Optional<CheckpatchScript> inTree(Path dir) {
        Path s = dir.resolve("scripts/checkpatch.pl");
        return Files.isRegularFile(s) && perlRuns() ? Optional.of(new CheckpatchScript(s)) : Optional.empty();
    }

    /**
     * The script of the revision {@code tree} reads, with the word lists beside it, copied to
     * {@code dir}; empty when the revision has none or perl does not run.
     */
    public static Optional<CheckpatchScript> fromRevision(SourceTree tree, Path dir) {
        List<SourceTree.Entry> found = tree.entries().stream().filter(e -> COMPANIONS.contains(e.path())).toList();
        if (found.stream().noneMatch(e -> e.path().equals(COMPANIONS.get(0))) || !perlRuns()) {
            return Optional.empty();
        }
        try {
            for (SourceTree.Entry e : found) {
                Path to = dir.resolve(e.path());
                Files.createDirectories(to.getParent());
                Files.write(to, tree.read(e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new CheckpatchScript(dir.resolve(COMPANIONS.get(0))));
    }

    /**
     * {@code ours} merged with the findings of the script of the revision {@code tree} reads (run
     * with {@code strict} and a line limit of {@code maxLineLength}); empty when the revision has
     * no script or perl does not run.
     */
    public static Optional<List<CheckResult>> mergeFromRevision(SourceTree tree, List<CheckResult> ours, boolean strict,
            int maxLineLength) {
        return mergeFromRevision(tree, ours, strict, maxLineLength, DEFAULT_TIMEOUT, null);
    }

    /**
     * As {@link #mergeFromRevision(SourceTree, List, boolean, int)}, the script killed after
     * {@code timeout}: then {@code note} hears one line saying so (null: the timeout is an error)
     * and the result is empty, so the run goes on with respin's own rules.
     */
    public static Optional<List<CheckResult>> mergeFromRevision(SourceTree tree, List<CheckResult> ours, boolean strict,
            int maxLineLength, Duration timeout, Consumer<String> note) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("respin-checkpatch-script");
            Optional<CheckpatchScript> script = fromRevision(tree, dir);
            return script.map(c -> c.strict(strict).maxLineLength(maxLineLength).timeout(timeout).merge(ours));
        } catch (CheckpatchTimeoutException e) {
            if (note == null) {
                throw e;
            }
            // the script ran from a temporary copy, whose path would mean nothing to the user
            note.accept("the tree's scripts/checkpatch.pl did not finish in " + timeout.toSeconds()
                    + " s and was stopped (--checkpatch-timeout); only respin's own rules checked the patches");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** Whether {@code perl} on PATH runs. */
    public static boolean perlRuns() {
        try {
            Process p = new ProcessBuilder("perl", "-e", "exit 0").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** respin's results with the script's findings merged in, patch by patch ({@link CheckMerge}). */
    public List<CheckResult> merge(List<CheckResult> ours) {
        List<List<Finding>> theirs = findings(ours.stream().map(CheckResult::patch).toList());
        List<CheckResult> out = new ArrayList<>(ours.size());
        for (int i = 0; i < ours.size(); i++) {
            out.add(CheckMerge.merge(ours.get(i), theirs.get(i)));
        }
        return out;
    }

    /** The script's findings on each patch, in its order. */
    public List<List<Finding>> findings(List<PatchText> patches) {
        Path work = null;
        try {
            work = Files.createTempDirectory("respin-checkpatch");
            List<String> files = new ArrayList<>();
            for (int i = 0; i < patches.size(); i++) {
                String base = Path.of(patches.get(i).name()).getFileName().toString();
                String name = String.format("%04d/%s", i, base.isEmpty() ? "patch" : base);
                Files.createDirectories(work.resolve(name).getParent());
                Files.write(work.resolve(name), patches.get(i).bytes());
                files.add(name);
            }
            String report = run(work, files);
            return CheckpatchReport.parse(report, files, patches);
        } catch (IOException e) {
            throw new CheckpatchException("cannot run " + script + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckpatchException("interrupted while running " + script);
        } finally {
            delete(work);
        }
    }

    private String run(Path work, List<String> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("perl", script.toString(), "--no-tree", "--emacs", "--show-types",
                "--max-line-length=" + maxLineLength));
        if (strict) {
            cmd.add("--strict");
        }
        cmd.addAll(files);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("GIT_"));
        env.put("HOME", work.toString());
        env.put("LC_ALL", "C");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Path report = work.resolve("report.txt");
        pb.redirectOutput(report.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
            throw new CheckpatchTimeoutException(script, timeout);
        }
        byte[] out = Files.readAllBytes(report);
        if (p.exitValue() != 0 && p.exitValue() != 1) {
            throw new CheckpatchException(script + " failed with exit code " + p.exitValue());
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch folder left behind in the temporary directory
        }
    }
}
