package respin.core.checkout;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import respin.core.error.BadInputException;
import respin.core.error.RespinException;

/**
 * The files of one commit of a git repository, read from the object database: the
 * work tree, the index and HEAD are never looked at, so a dirty checkout, another
 * branch or a bare repository all work.
 */
public final class SourceTree implements AutoCloseable {
    private final Repository repo;
    private final RevCommit commit;
    private final List<Entry> entries;
    private final Set<String> skipped = ConcurrentHashMap.newKeySet();
    private long maxFileSize = FileSize.DEFAULT_MAX;
    private Consumer<String> onSkip = s -> { };

    /** One file of the tree: its path, blob and mode. */
    public record Entry(String path, ObjectId blob, FileMode mode) {
    }

    private SourceTree(Repository repo, RevCommit commit, List<Entry> entries) {
        this.repo = repo;
        this.commit = commit;
        this.entries = entries;
    }

    /** Opens {@code dir} (a work tree or a bare repository) at revision {@code rev}. */
    public static SourceTree open(File dir, String rev) {
        Repository repo;
        try {
            FileRepositoryBuilder b = new FileRepositoryBuilder().setMustExist(true);
            File dotGit = new File(dir, ".git");
            if (dotGit.exists()) {
                b.setGitDir(dotGit);
            } else {
                b.setGitDir(dir);
            }
            repo = b.build();
            if (!repo.getObjectDatabase().exists()) {
                throw new RepositoryNotFoundException(dir);
            }
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            throw new BadInputException(dir + " is not a git repository");
        } catch (IOException e) {
            throw new BadInputException(dir + " is not a git repository: " + e.getMessage());
        }
        try {
            ObjectId id = repo.resolve(rev + "^{commit}");
            if (id == null) {
                repo.close();
                throw new BadInputException("unknown revision '" + rev + "' in " + dir);
            }
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit c = walk.parseCommit(id);
                List<Entry> entries = new ArrayList<>();
                try (TreeWalk tw = new TreeWalk(repo)) {
                    tw.addTree(c.getTree());
                    tw.setRecursive(true);
                    while (tw.next()) {
                        entries.add(new Entry(tw.getPathString(), tw.getObjectId(0), tw.getFileMode(0)));
                    }
                }
                return new SourceTree(repo, c, List.copyOf(entries));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RespinException re) {
                throw re;
            }
            repo.close();
            throw new BadInputException("cannot read revision '" + rev + "' in " + dir + ": " + e.getMessage());
        }
    }

    public Repository repository() {
        return repo;
    }

    public RevCommit commit() {
        return commit;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** C sources and headers of the tree: regular files named {@code *.c} or {@code *.h}. */
    public List<Entry> cFiles() {
        return entries.stream().filter(e -> isC(e.path()))
                .filter(e -> e.mode() == FileMode.REGULAR_FILE || e.mode() == FileMode.EXECUTABLE_FILE).toList();
    }

    /**
     * Symbolic links named {@code *.c} or {@code *.h}: their blob is the target's path,
     * not C, and the target is a file of the tree (or outside it), so they are not parsed.
     */
    public List<Entry> cSymlinks() {
        return entries.stream().filter(e -> isC(e.path()) && e.mode() == FileMode.SYMLINK).toList();
    }

    private static boolean isC(String path) {
        return path.endsWith(".c") || path.endsWith(".h");
    }

    /**
     * The limit on a C file's size and who hears of a file skipped for it (one line per file,
     * {@code path: 52 MB, over the 16 MB limit for a C file; skipped (--max-file-size)}).
     */
    public SourceTree maxFileSize(long bytes, Consumer<String> skip) {
        this.maxFileSize = bytes;
        this.onSkip = skip;
        return this;
    }

    /** The C files skipped for their size so far, sorted: they are never parsed or edited. */
    public List<String> skipped() {
        return skipped.stream().sorted().toList();
    }

    /**
     * The bytes of {@code e}, or null when it is a C file over the size limit: then it is
     * listed in {@link #skipped()} and the listener hears of it once.
     */
    public byte[] readOrSkip(ObjectReader reader, Entry e) {
        try {
            return read(reader, e);
        } catch (FileTooLargeException ex) {
            if (skipped.add(e.path())) {
                onSkip.accept(ex.getMessage());
            }
            return null;
        }
    }

    /**
     * The bytes of {@code e}.
     *
     * @throws FileTooLargeException when it is a C file over the size limit
     */
    public byte[] read(ObjectReader reader, Entry e) {
        try {
            ObjectLoader loader = reader.open(e.blob());
            long size = loader.getSize();
            if (isC(e.path()) && size > maxFileSize) {
                throw new FileTooLargeException(e.path(), size, maxFileSize);
            }
            return loader.getBytes(Integer.MAX_VALUE);
        } catch (IOException ex) {
            throw new RespinException("cannot read " + e.path() + ": " + ex.getMessage(), ex);
        }
    }

    public byte[] read(Entry e) {
        try (ObjectReader reader = repo.newObjectReader()) {
            return read(reader, e);
        }
    }

    @Override
    public void close() {
        repo.close();
    }
}
