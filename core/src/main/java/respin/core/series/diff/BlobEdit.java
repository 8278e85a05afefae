package respin.core.series.diff;

import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/** An in-memory index edit that points a path at a blob with a mode, adding the path if it is new. */
public final class BlobEdit extends DirCacheEditor.PathEdit {
    private final FileMode mode;
    private final ObjectId blob;

    public BlobEdit(String path, FileMode mode, ObjectId blob) {
        super(path);
        this.mode = mode;
        this.blob = blob;
    }

    @Override
    public void apply(DirCacheEntry ent) {
        ent.setFileMode(mode);
        ent.setObjectId(blob);
    }
}
