package respin.core.scan;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The candidate scan's persistent memory: one file per tree ({@code <tree id>.scan}), see
 * {@link ScanRecord}. It lives in the user's cache folder ({@code $RESPIN_CACHE/scan}, else
 * {@code $XDG_CACHE_HOME/respin/scan}, else {@code ~/.cache/respin/scan}), not in the
 * repository: nothing of the user's checkout is written (a bare or read-only repository
 * works), and tree and blob ids name the same content in every clone, so clones of one
 * kernel share it. Each record is checked (format version, CRC-32C, ranges) before use; a
 * corrupt one or one of another version is deleted with a note, never trusted. Writes go
 * through a temporary file and a rename, so a reader sees a whole record or none; the
 * oldest records beyond {@link #KEEP} are removed.
 */
public final class ScanCache {
    /** The version of the record format and of the word rules of {@link IdentifierSet}; bump on any change. */
    public static final int VERSION = 2;
    static final int KEEP = 16;
    private static final String SUFFIX = ".scan";

    /** Below this many C files a tree is scanned faster than its record is written: the default cache skips it. */
    static final int SMALL_TREE = 2000;

    private final Path dir;
    private final int version;
    private final int minFiles;

    /** A cache in {@code dir} that keeps every tree, however small. */
    public ScanCache(Path dir) {
        this(dir, VERSION, 0);
    }

    /** A cache that reads and writes records of {@code version} (tests make foreign ones). */
    ScanCache(Path dir, int version, int minFiles) {
        this.dir = dir;
        this.version = version;
        this.minFiles = minFiles;
    }

    /**
     * The cache in {@link #defaultDir()}, for trees of {@value #SMALL_TREE} C files or more (a kernel, not
     * the bundled fixture or a test's repository, which would only fill the user's folder).
     */
    public static ScanCache userDefault() {
        return new ScanCache(defaultDir(), VERSION, SMALL_TREE);
    }

    /** The per-blob models of parser build {@code parser}, in this cache's {@code models} folder. */
    ModelStore models(String parser) {
        return new ModelStore(dir.resolve("models"), parser);
    }

    /** Whether a tree of {@code files} C files is worth a record. */
    boolean keeps(int files) {
        return files >= minFiles;
    }

    /** The folder the command line uses by default. */
    public static Path defaultDir() {
        String own = System.getenv("RESPIN_CACHE");
        if (own != null && !own.isEmpty()) {
            return Path.of(own, "scan");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("respin").resolve("scan");
    }

    public Path dir() {
        return dir;
    }

    Path file(ObjectId tree) {
        return dir.resolve(tree.name() + SUFFIX);
    }

    /** The record of {@code tree}, when there is a sound one. */
    Optional<ScanRecord> load(ObjectId tree, Consumer<String> notes) {
        Path f = file(tree);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(f);
            int v = ScanRecordCodec.version(bytes);
            if (v != version) {
                discard(f, v < 0 ? "not a scan record" : "written by another respin (format " + v
                        + ", this one reads " + version + ")", notes);
                return Optional.empty();
            }
            ScanRecord r = ScanRecordCodec.decode(bytes, version);
            if (!r.tree().equals(tree)) {
                discard(f, "holds tree " + r.tree().name(), notes);
                return Optional.empty();
            }
            return Optional.of(r);
        } catch (IOException | RuntimeException e) {
            discard(f, "corrupt (" + e.getMessage() + ")", notes);
            return Optional.empty();
        }
    }

    /** The newest sound record of another tree that {@code repo} holds: a base to update from a tree diff. */
    Optional<ScanRecord> nearest(Repository repo, ObjectId tree, Consumer<String> notes) {
        for (Path f : records()) {
            String name = f.getFileName().toString();
            String hex = name.substring(0, name.length() - SUFFIX.length());
            if (!ObjectId.isId(hex) || hex.equals(tree.name())) {
                continue;
            }
            ObjectId other = ObjectId.fromString(hex);
            try {
                if (!repo.getObjectDatabase().has(other)) {
                    continue;
                }
            } catch (IOException e) {
                continue;
            }
            Optional<ScanRecord> r = load(other, notes);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** Writes {@code r}; a cache that cannot be written only costs speed, so a failure is a note. */
    void save(ScanRecord r, Consumer<String> notes) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, r.tree().name(), ".tmp");
            Files.write(tmp, ScanRecordCodec.encode(r, version));
            try {
                Files.move(tmp, file(r.tree()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(r.tree()), StandardCopyOption.REPLACE_EXISTING);
            }
            List<Path> all = records();
            for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            notes.accept("scan cache: cannot write " + file(r.tree()) + ": " + e.getMessage());
        }
    }

    /** Removes the record of {@code tree}, with a note saying why. */
    void discard(ObjectId tree, String why, Consumer<String> notes) {
        discard(file(tree), why, notes);
    }

    private void discard(Path f, String why, Consumer<String> notes) {
        notes.accept("scan cache: discarded " + f + ": " + why);
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            notes.accept("scan cache: cannot delete " + f + ": " + e.getMessage());
        }
    }

    /** The records, newest first. */
    private List<Path> records() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(ScanCache::modified).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
