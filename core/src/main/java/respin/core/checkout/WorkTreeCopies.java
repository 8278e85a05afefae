package respin.core.checkout;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheTree;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The files of the work tree that hold exactly a blob of the commit being read, as
 * {@code git grep} finds them: the index names the same blob and mode for the path, and
 * the file's size and modification time are the ones the index recorded, earlier than
 * the index itself (a file changed in the index's own second is "racily clean" and not
 * trusted). Reading such a file costs a read; the object database costs an inflate.
 * Anything else (no work tree, no index, another blob staged, a touched file) is read from
 * the object database, so the answer never depends on the work tree's state.
 */
final class WorkTreeCopies {
    private final File workTree;
    private final DirCache index;
    private final Instant indexTime;
    private final AtomicInteger fromWorkTree = new AtomicInteger();

    private WorkTreeCopies(File workTree, DirCache index, Instant indexTime) {
        this.workTree = workTree;
        this.index = index;
        this.indexTime = indexTime;
    }

    /** The copies of {@code repo}'s work tree, or null when it has none or no readable index. */
    static WorkTreeCopies of(Repository repo) {
        if (repo.isBare()) {
            return null;
        }
        try {
            File indexFile = repo.getIndexFile();
            if (!indexFile.isFile()) {
                return null;
            }
            Instant indexTime = Files.getLastModifiedTime(indexFile.toPath()).toInstant();
            return new WorkTreeCopies(repo.getWorkTree(), DirCache.read(indexFile, repo.getFS()), indexTime);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged or foreign index: the object database has every blob anyway
        }
    }

    /** The bytes of {@code e} from the work tree when the file there is known to hold its blob, else null. */
    byte[] read(SourceTree.Entry e) {
        DirCacheEntry d = index.getEntry(e.path());
        if (d == null || d.isSmudged() || !d.getObjectId().equals(e.blob()) || !d.getFileMode().equals(e.mode())) {
            return null;
        }
        Path file = workTree.toPath().resolve(e.path());
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Instant mtime = a.lastModifiedTime().toInstant();
            if (!a.isRegularFile() || a.size() != d.getLength() || !mtime.equals(d.getLastModifiedInstant())
                    || !mtime.isBefore(indexTime)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != d.getLength()) {
                return null;
            }
            fromWorkTree.incrementAndGet();
            return bytes;
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }

    /**
     * The files of {@code tree} as the index lists them, when the index's cached tree (git's
     * TREE extension, valid after a commit or a checkout) says the index holds exactly that
     * tree: same paths, blobs, modes and order as a recursive walk, without inflating the
     * tree's thousands of tree objects. Null otherwise.
     */
    List<SourceTree.Entry> entriesOf(ObjectId tree) {
        DirCacheTree cached = index.getCacheTree(false);
        if (cached == null || !cached.isValid() || !tree.equals(cached.getObjectId())) {
            return null;
        }
        List<SourceTree.Entry> out = new ArrayList<>(index.getEntryCount());
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry d = index.getEntry(i);
            if (d.getStage() != DirCacheEntry.STAGE_0) {
                return null;
            }
            out.add(new SourceTree.Entry(d.getPathString(), d.getObjectId(), d.getFileMode()));
        }
        return List.copyOf(out);
    }

    /** How many files were read from the work tree so far. */
    int readFromWorkTree() {
        return fromWorkTree.get();
    }
}
