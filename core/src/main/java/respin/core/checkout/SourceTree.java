package respin.core.checkout;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.internal.JGitText;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import respin.core.error.BadInputException;
import respin.core.error.RespinException;

/**
 * The files of one commit of a git repository. A blob is read from the work tree when
 * the index says the file there holds it unchanged (what {@code git grep} does, see
 * {@link WorkTreeCopies}), from the object database otherwise, so a dirty checkout,
 * another branch or a bare repository all give the commit's bytes; nothing is written.
 */
public final class SourceTree implements AutoCloseable {
    private final Repository repo;
    private final RevCommit commit;
    private final Set<String> skipped = ConcurrentHashMap.newKeySet();
    private long maxFileSize = FileSize.DEFAULT_MAX;
    private Consumer<String> onSkip = s -> { };
    private List<Entry> entries;
    private volatile List<Entry> cFiles;
    private volatile WorkTreeCopies copies;
    private boolean copiesRead;
    private final AtomicInteger reads = new AtomicInteger();

    /** One file of the tree: its path, blob and mode. */
    public record Entry(String path, ObjectId blob, FileMode mode) {
    }

    private SourceTree(Repository repo, RevCommit commit) {
        this.repo = repo;
        this.commit = commit;
    }

    /** Opens {@code dir} (a work tree or a bare repository) at revision {@code rev}. */
    /**
     * Starts, on a daemon thread, what opening any repository costs first: JGit's messages, its
     * look at the file system and at git's system config (it runs {@code git --version} and
     * {@code git config --system --list}: two processes) and the user's config. A command line
     * calls it before it reads its arguments, so that the two overlap on two cores; a problem
     * met here is met again, and reported, by the {@link #open} that follows.
     */
    public static void prepare() {
        Thread t = new Thread(() -> {
            try {
                JGitText.get();
                FS.DETECTED.getGitSystemConfig();
                SystemReader.getInstance().getUserConfig();
            } catch (IOException | ConfigInvalidException | RuntimeException e) {
                // open() reads the same config and says what is wrong with it
            }
        }, "respin-prepare");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The id git gives a blob of {@code bytes}: the SHA-1 of {@code blob <length>\0} and the
     * bytes, by the JDK's digest. For content respin makes itself (a patched file, a preview's
     * blob); JGit's own digest, with collision detection for objects from elsewhere, costs
     * twice as much.
     */
    public static ObjectId blobId(byte[] bytes) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update((Constants.TYPE_BLOB + " " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return ObjectId.fromRaw(sha1.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }

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
                return new SourceTree(repo, walk.parseCommit(id));
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

    /**
     * Every file of the tree, in tree order: from the index when it holds exactly this tree
     * and was read ({@link #preferWorkTree}), else walked on first use.
     */
    public synchronized List<Entry> entries() {
        WorkTreeCopies c = copies;
        if (entries == null && c != null) {
            entries = c.entriesOf(commit.getTree());
        }
        if (entries == null) {
            List<Entry> all = new ArrayList<>();
            try (TreeWalk tw = new TreeWalk(repo)) {
                tw.addTree(commit.getTree());
                tw.setRecursive(true);
                while (tw.next()) {
                    all.add(new Entry(tw.getPathString(), tw.getObjectId(0), tw.getFileMode(0)));
                }
            } catch (IOException e) {
                throw new RespinException("cannot read the tree of " + commit.name() + ": " + e.getMessage(), e);
            }
            entries = List.copyOf(all);
        }
        return entries;
    }

    /** C sources and headers of the tree: regular files named {@code *.c} or {@code *.h}, in tree order. */
    public List<Entry> cFiles() {
        List<Entry> c = cFiles;
        if (c == null) {
            c = entries().stream().filter(e -> isCFile(e.path(), e.mode())).toList();
            cFiles = c;
        }
        return c;
    }

    /**
     * Takes {@code files} as {@link #cFiles()}, as a cache recorded them for this commit's tree
     * (same entries, same order), so that the tree need not be walked. The list is kept, not
     * copied (a cache's list makes its entries as they are asked): the caller changes it no more.
     */
    public void knownCFiles(List<Entry> files) {
        cFiles = Collections.unmodifiableList(files);
    }

    /** Whether a file at {@code path} with {@code mode} is one of {@link #cFiles()}. */
    public static boolean isCFile(String path, FileMode mode) {
        return isC(path) && (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE);
    }

    /** Git's order of the paths of a tree walked recursively: their UTF-8 bytes, compared unsigned. */
    public static int comparePaths(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Symbolic links named {@code *.c} or {@code *.h}: their blob is the target's path,
     * not C, and the target is a file of the tree (or outside it), so they are not parsed.
     */
    public List<Entry> cSymlinks() {
        return entries().stream().filter(e -> isC(e.path()) && e.mode() == FileMode.SYMLINK).toList();
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
     * The bytes of {@code e}: from the work tree when it holds them unchanged, else inflated by
     * {@code reader}.
     *
     * @throws FileTooLargeException when it is a C file over the size limit
     */
    public byte[] read(ObjectReader reader, Entry e) {
        reads.incrementAndGet();
        WorkTreeCopies c = copies;
        byte[] b = c == null ? null : c.read(e);
        if (b != null) {
            if (isC(e.path()) && b.length > maxFileSize) {
                throw new FileTooLargeException(e.path(), b.length, maxFileSize);
            }
            return b;
        }
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

    /**
     * Reads the index once, so that later reads take unchanged files from the work tree:
     * worth it before reading many files (the index of a kernel tree costs about as much
     * as inflating a few hundred blobs).
     */
    public synchronized void preferWorkTree() {
        if (!copiesRead) {
            copies = WorkTreeCopies.of(repo);
            copiesRead = true;
        }
    }

    /** How many blobs were read so far, and how many of them from the work tree. */
    public String readCount() {
        WorkTreeCopies c = copies;
        return reads.get() + " files read (" + (c == null ? 0 : c.readFromWorkTree()) + " from the work tree)";
    }

    /** How many blobs were read so far. */
    public int reads() {
        return reads.get();
    }

    @Override
    public void close() {
        repo.close();
    }
}
