package respin.core.series.commit;

import java.io.IOException;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import respin.core.series.diff.BlobEdit;

/**
 * A tree being edited in memory: an in-core index loaded from a tree, changed one step at a
 * time, written back as trees through an {@link ObjectInserter}. No work tree or real index
 * is involved, so it works in bare repositories and leaves the user's checkout alone.
 */
final class TreeEditor {
    private final DirCache dc = DirCache.newInCore();
    private final ObjectInserter inserter;

    TreeEditor(ObjectReader reader, ObjectInserter inserter, AnyObjectId tree) throws IOException {
        this.inserter = inserter;
        DirCacheBuilder b = dc.builder();
        b.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, tree);
        b.finish();
    }

    /** Applies one step's files (null deletes) and returns the new tree's id. */
    ObjectId apply(int step, Map<String, byte[]> files) throws IOException {
        DirCacheEditor ed = dc.editor();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String path = f.getKey();
            checkPath(step, path);
            DirCacheEntry existing = dc.getEntry(path);
            if (f.getValue() == null) {
                if (existing == null) {
                    throw new InvalidStepException(step, path, "cannot delete a file that does not exist");
                }
                ed.add(new DirCacheEditor.DeletePath(path));
                continue;
            }
            if (existing == null) {
                checkNoClash(step, path);
            }
            FileMode mode = existing != null ? existing.getFileMode() : FileMode.REGULAR_FILE;
            if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                throw new InvalidStepException(step, path, "is not a regular file (" + mode + ")");
            }
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, f.getValue());
            ed.add(new BlobEdit(path, mode, blob));
        }
        ed.finish();
        return dc.writeTree(inserter);
    }

    private void checkNoClash(int step, String path) {
        if (dc.getEntriesWithin(path).length > 0) {
            throw new InvalidStepException(step, path, "is a directory in the tree");
        }
        for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
            if (dc.getEntry(path.substring(0, i)) != null) {
                throw new InvalidStepException(step, path, path.substring(0, i) + " is a file in the tree");
            }
        }
    }

    private static void checkPath(int step, String path) {
        boolean bad = path.isEmpty() || path.startsWith("/") || path.endsWith("/")
                || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0;
        for (String part : path.split("/", -1)) {
            bad |= part.isEmpty() || part.equals(".") || part.equals("..") || part.equalsIgnoreCase(".git");
        }
        if (bad) {
            throw new InvalidStepException(step, path, "not a repository-relative file path");
        }
    }
}
