package respin.core.series;

import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * {@code git rebase -x CMD} for a written series: a scratch checkout (outside the user's work
 * tree, through JGit) is set to each commit in turn, and {@code sh -c CMD} runs there with its
 * output streamed. Only the files a commit changes are rewritten between runs, so a build
 * tool sees the same timestamps on the rest and builds incrementally. Stops at the first
 * command that fails; the scratch checkout is always removed.
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
        try (ObjectReader reader = repo.newObjectReader()) {
            List<RevCommit> commits = series.commits();
            RevCommit previous = null;
            for (int i = 0; i < commits.size(); i++) {
                RevCommit c = commits.get(i);
                update(reader, scratch, previous, c);
                previous = c;
                out.printf("exec [%d/%d] %s: %s%n", i + 1, commits.size(), c.abbreviate(12).name(), command);
                out.flush();
                int rc = runCommand(scratch);
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

    /** Writes the whole tree of {@code c}, or only what changed since {@code previous}. */
    private void update(ObjectReader reader, Path root, RevCommit previous, RevCommit c) throws IOException {
        try (TreeWalk tw = new TreeWalk(repo, reader)) {
            tw.setRecursive(true);
            if (previous == null) {
                tw.addTree(c.getTree());
            } else {
                tw.addTree(c.getTree());
                tw.addTree(previous.getTree());
                tw.setFilter(TreeFilter.ANY_DIFF);
            }
            while (tw.next()) {
                Path p = root.resolve(tw.getPathString());
                FileMode mode = tw.getFileMode(0);
                if (mode == FileMode.MISSING) {
                    Files.deleteIfExists(p);
                    continue;
                }
                Files.createDirectories(p.getParent());
                Files.deleteIfExists(p);
                byte[] data = reader.open(tw.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
                if (mode == FileMode.SYMLINK) {
                    Files.createSymbolicLink(p, Path.of(new String(data, StandardCharsets.UTF_8)));
                } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    Files.write(p, data);
                    if (mode == FileMode.EXECUTABLE_FILE) {
                        p.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    private int runCommand(Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
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
