package respin.core.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import respin.core.check.checkpatch.CheckpatchScript;

/**
 * The real scripts/checkpatch.pl, run with {@code --no-tree}, for differential tests.
 *
 * <p>Found at the system property {@code respin.checkpatch}, the environment variable
 * {@code RESPIN_CHECKPATCH}, or {@code ~/.cache/respin/linux-6.12/scripts/checkpatch.pl}.
 */
final class Checkpatch {
    private final Path script;
    private final Path home;

    private Checkpatch(Path script, Path home) {
        this.script = script;
        this.home = home;
    }

    /** The script, or skips the calling test saying why. {@code home} is a scratch directory. */
    static Checkpatch assumeAvailable(Path home) {
        Path script = locate();
        String why = null;
        if (script == null || !Files.isRegularFile(script)) {
            why = "no checkpatch.pl at " + (script == null ? "(none)" : script)
                    + " (set -Drespin.checkpatch=PATH or RESPIN_CHECKPATCH)";
        } else if (!CheckpatchScript.perlRuns()) {
            why = "perl is not on PATH";
        }
        if (why != null) {
            System.out.println("skipping differential test: " + why);
        }
        Assumptions.assumeTrue(why == null, why);
        return new Checkpatch(script, home);
    }

    private static Path locate() {
        String p = System.getProperty("respin.checkpatch");
        if (p == null || p.isBlank()) {
            p = System.getenv("RESPIN_CHECKPATCH");
        }
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String userHome = System.getProperty("user.home");
        return userHome == null ? null : Path.of(userHome, ".cache/respin/linux-6.12/scripts/checkpatch.pl");
    }

    Path script() {
        return script;
    }

    /** The kernel tree the script is in (its parent's parent). */
    Path tree() {
        return script.toAbsolutePath().getParent().getParent();
    }

    /** Runs {@code perl checkpatch.pl --no-tree OPTIONS... FILES...} in {@code dir}; its stdout. */
    String run(Path dir, List<String> options, List<String> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("perl", script.toString(), "--no-tree"));
        cmd.addAll(options);
        cmd.addAll(files);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("GIT_"));
        env.put("HOME", home.toString()); // no ~/.checkpatch.conf
        env.put("LC_ALL", "C");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("checkpatch.pl did not finish: " + cmd);
        }
        int rc = p.exitValue();
        if (rc != 0 && rc != 1) {
            throw new AssertionError("checkpatch.pl exited with " + rc + ": " + cmd);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
