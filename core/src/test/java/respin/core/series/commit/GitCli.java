package respin.core.series.commit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import respin.core.series.mail.PatchFile;

/**
 * Runs the system {@code git} for comparison, isolated from the user's and the system's
 * configuration (HOME is a scratch directory, GIT_CONFIG_NOSYSTEM, GIT_CONFIG_GLOBAL=/dev/null,
 * no inherited GIT_* variables), with a fixed committer for cover letters and {@code git am}.
 */
public final class GitCli {
    private final Path home;
    private final Identity committer;

    public GitCli(Path home, Identity committer) {
        this.home = home;
        this.committer = committer;
    }

    /** Skips the calling test, saying why, when no {@code git} can be run. */
    public static void assumeGit() {
        boolean ok;
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            ok = p.waitFor() == 0;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        if (!ok) {
            System.out.println("skipping: git is not on PATH, so output cannot be compared with git format-patch");
        }
        Assumptions.assumeTrue(ok, "git is not on PATH");
    }

    public String run(Path dir, String... args) {
        return run(dir, 0, args);
    }

    /** Runs git and fails the test unless it exits with 0 or {@code alsoOk}. */
    public String run(Path dir, int alsoOk, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("GIT_"));
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_COMMITTER_NAME", committer.name());
        env.put("GIT_COMMITTER_EMAIL", committer.email());
        env.put("GIT_COMMITTER_DATE", committer.when().getEpochSecond() + " "
                + committer.zone().getId().replace(":", "").replace("Z", "+0000"));
        env.put("GIT_AUTHOR_NAME", committer.name());
        env.put("GIT_AUTHOR_EMAIL", committer.email());
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int rc = p.waitFor();
            if (rc != 0 && rc != alsoOk) {
                fail("git " + String.join(" ", args) + " failed in " + dir + ":\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs {@code git format-patch -o OUT args...} and returns the files it wrote, by name. */
    public List<PatchFile> formatPatch(Path repo, Path out, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("format-patch", "-q", "-o", out.toString()));
        all.addAll(List.of(args));
        run(repo, all.toArray(String[]::new));
        List<PatchFile> files = new ArrayList<>();
        try (var s = Files.list(out)) {
            for (Path p : s.sorted().toList()) {
                files.add(new PatchFile(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
