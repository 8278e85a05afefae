package respin.core.series.diff;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import respin.core.checkout.SourceTree;
import respin.core.series.diff.color.DiffColor;
import respin.core.series.diff.xdiff.ByteBuf;

/**
 * What {@code git diff BASE TIP} prints, for a tip that would be {@code BASE} with some files
 * replaced, without writing an object: blob ids are computed, the new tree is an index held in
 * memory, and the diff is the series' own (xdiff's lines, git's file order and renames, the
 * function names of the tree's diff drivers, git's abbreviations), plain or as
 * {@code git diff --color} colours it.
 */
public final class PreviewDiff {
    private final Repository repo;
    private final RevCommit base;
    private final Map<String, byte[]> files;
    private boolean color;

    /** {@code files}: repository paths and their whole new content (null deletes the file). */
    public PreviewDiff(Repository repo, RevCommit base, Map<String, byte[]> files) {
        this.repo = repo;
        this.base = base;
        this.files = files;
    }

    /** Colour as {@code git diff --color} does, with git's default colours and {@code core.whitespace}. */
    public PreviewDiff color(boolean on) {
        this.color = on;
        return this;
    }

    /** The diff's bytes; empty when the files equal the base. */
    public byte[] call() throws IOException {
        try (ObjectReader reader = repo.newObjectReader()) {
            Map<ObjectId, byte[]> pending = new HashMap<>();
            DirCache tip = tip(reader, pending);
            Blobs blobs = Blobs.of(reader, pending);
            DiffOutput diff = new DiffOutput(repo, blobs, new Abbrev(repo, reader, pending.keySet()),
                    new DiffDrivers(repo, reader, base.getTree()));
            if (files.isEmpty()) {
                return new byte[0];
            }
            TreeFilter paths = PathFilterGroup.createFromStrings(files.keySet());
            List<FilePatch> patches = diff.files(paths, new CanonicalTreeParser(null, reader, base.getTree()),
                    new DirCacheIterator(tip));
            int rule = DiffColor.whitespaceRule(repo.getConfig().getString("core", null, "whitespace"));
            ByteBuf out = new ByteBuf();
            List<ByteBuf> texts = diff.patches(patches, DiffOutput.NO_BINARY_PATCH);
            for (int i = 0; i < patches.size(); i++) {
                if (color) {
                    FilePatch f = patches.get(i);
                    out.add(DiffColor.colour(texts.get(i).toByteArray(), f.oldText(), f.newText(), rule));
                } else {
                    out.add(texts.get(i));
                }
            }
            return out.toByteArray();
        }
    }

    /**
     * The tip at the replaced files only, in an in-core index (the diff looks at no other path);
     * the new blobs go to {@code pending}.
     */
    private DirCache tip(ObjectReader reader, Map<ObjectId, byte[]> pending)
            throws IOException {
        DirCache dc = DirCache.newInCore();
        DirCacheBuilder b = dc.builder();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String path = f.getKey();
            if (f.getValue() == null) {
                continue;
            }
            FileMode mode = FileMode.REGULAR_FILE;
            try (TreeWalk existing = TreeWalk.forPath(reader, path, base.getTree())) {
                if (existing != null && existing.getFileMode(0).getObjectType() == Constants.OBJ_BLOB) {
                    mode = existing.getFileMode(0);
                }
            }
            ObjectId blob = SourceTree.blobId(f.getValue());
            pending.put(blob, f.getValue());
            DirCacheEntry e = new DirCacheEntry(path);
            e.setFileMode(mode);
            e.setObjectId(blob);
            b.add(e);
        }
        b.finish();
        return dc;
    }
}
