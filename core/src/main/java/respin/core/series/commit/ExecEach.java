package respin.core.series.commit;

import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * {@code git rebase -x CMD} for a written series: a scratch git work tree (outside the user's,
 * sharing the repository's objects through {@code objects/info/alternates}) is checked out at
 * each commit in turn, with HEAD detached there, and {@code sh -c CMD} runs in it with its
 * output streamed. Checkout rewrites only the files a commit changes, so a build tool sees the
 * same timestamps on the rest and builds incrementally; {@code git diff HEAD~1}, {@code git
 * log} and kbuild's version script work as in a clone. The command also gets {@code
 * RESPIN_BASE} (the base commit), {@code RESPIN_PATCH} (1-based) and {@code RESPIN_PATCHES}.
 * Stops at the first command that fails; the scratch tree is always removed.
 */
public final class ExecEach {
    /** The outcome: the 1-based number of the first patch whose command failed (0 if none) and its exit code. */
    public record Result(int failedPatch, int exitCode) {
        public boolean ok() {
            return failedPatch == 0;
        }
    }

    private final Repository repo;
    private final String command;
    private final PrintWriter out;

    public ExecEach(Repository repo, String command, PrintWriter out) {
        this.repo = Objects.requireNonNull(repo, "repo");
        this.command = Objects.requireNonNull(command, "command");
        this.out = Objects.requireNonNull(out, "out");
    }

    public Result run(Series series) throws IOException {
        Path scratch = Files.createTempDirectory("respin-exec-");
        try (Repository work = scratchRepository(scratch)) {
            List<RevCommit> commits = series.commits();
            RevTree previous = null;
            for (int i = 0; i < commits.size(); i++) {
                RevCommit c = commits.get(i);
                checkout(work, previous, c);
                previous = c.getTree();
                out.printf("exec [%d/%d] %s: %s%n", i + 1, commits.size(), c.abbreviate(12).name(), command);
                out.flush();
                int rc = runCommand(scratch, Map.of("RESPIN_BASE", series.base().name(),
                        "RESPIN_PATCH", Integer.toString(i + 1), "RESPIN_PATCHES", Integer.toString(commits.size())));
                if (rc != 0) {
                    out.printf("exec: patch %d/%d \"%s\" failed: '%s' exited with %d%n", i + 1, commits.size(),
                            c.getShortMessage(), command, rc);
                    out.flush();
                    return new Result(i + 1, rc);
                }
            }
            return new Result(0, 0);
        } finally {
            delete(scratch);
        }
    }

    /** A new repository in {@code dir} whose object database borrows the user's. */
    private Repository scratchRepository(Path dir) throws IOException {
        if (repo.getDirectory() == null) {
            throw new IOException("--exec needs a repository on disk");
        }
        Path objects = repo.getDirectory().toPath().resolve("objects").toAbsolutePath();
        Path alternates = dir.resolve(".git/objects/info/alternates");
        Repository work = FileRepositoryBuilder.create(dir.resolve(".git").toFile());
        work.create();
        Files.createDirectories(alternates.getParent());
        Files.writeString(alternates, objects + "\n");
        return work;
    }

    /** Checks out {@code c} over the tree of the previous commit (none: an empty work tree). */
    private static void checkout(Repository work, RevTree previous, RevCommit c) throws IOException {
        DirCache index = work.lockDirCache();
        try {
            DirCacheCheckout co = previous == null ? new DirCacheCheckout(work, index, c.getTree())
                    : new DirCacheCheckout(work, previous, index, c.getTree());
            co.setFailOnConflict(true);
            co.checkout();
        } finally {
            index.unlock();
        }
        RefUpdate head = work.getRefDatabase().newUpdate(Constants.HEAD, true);
        head.setNewObjectId(c);
        head.setForceUpdate(true);
        RefUpdate.Result r = head.update();
        if (r != RefUpdate.Result.NEW && r != RefUpdate.Result.FORCED && r != RefUpdate.Result.NO_CHANGE) {
            throw new IOException("cannot set HEAD of the scratch work tree to " + c.name() + ": " + r);
        }
    }

    private int runCommand(Path dir, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        try (InputStreamReader in = new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
            char[] buf = new char[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                out.flush();
            }
        }
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command, e);
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                File f = p.toFile();
                f.setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }
}
