package respin.core.series.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The files changed between two trees in git's diff-queue order, with renames found as
 * {@code git format-patch} finds them by default ({@link Renames}); {@code diff.renames=false}
 * and {@code diff.renameLimit} are honoured as git honours them.
 */
public final class TreeDiff {
    private static final int DEFAULT_RENAME_LIMIT = 1000;

    private TreeDiff() {
    }

    public static List<FileChange> between(Repository repo, ObjectReader reader, AnyObjectId oldTree,
            AnyObjectId newTree) throws IOException {
        return between(repo, Blobs.of(reader), TreeFilter.ALL, new CanonicalTreeParser(null, reader, oldTree),
                new CanonicalTreeParser(null, reader, newTree));
    }

    /**
     * The same between any two tree iterators (an in-memory index for a tree not written), reading
     * blobs from {@code blobs}, looking only at the paths {@code paths} passes (all of them when the
     * two trees differ nowhere else: git's answer, without walking the rest).
     */
    static List<FileChange> between(Repository repo, Blobs blobs, TreeFilter paths, AbstractTreeIterator oldTree,
            AbstractTreeIterator newTree) throws IOException {
        List<FileChange> changes = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(repo, blobs.reader())) {
            tw.setRecursive(true);
            tw.addTree(oldTree);
            tw.addTree(newTree);
            tw.setFilter(paths == TreeFilter.ALL ? TreeFilter.ANY_DIFF : AndTreeFilter.create(paths, TreeFilter.ANY_DIFF));
            for (DiffEntry e : DiffEntry.scan(tw)) {
                changes.add(toChange(e));
            }
        }
        if (renamesEnabled(repo)) {
            int limit = repo.getConfig().getInt("diff", null, "renamelimit", DEFAULT_RENAME_LIMIT);
            changes = Renames.detect(blobs, changes, limit);
        }
        changes.sort(Comparator.comparing(c -> c.sortPath().getBytes(StandardCharsets.UTF_8),
                Arrays::compareUnsigned));
        return changes;
    }

    /** Git detects renames unless {@code diff.renames} is set false (JGit's own default is off). */
    private static boolean renamesEnabled(Repository repo) {
        String v = repo.getConfig().getString("diff", null, "renames");
        return v == null || !v.matches("(?i)false|no|off|0");
    }

    private static FileChange toChange(DiffEntry e) {
        ObjectId oldId = e.getOldId().toObjectId();
        ObjectId newId = e.getNewId().toObjectId();
        switch (e.getChangeType()) {
            case ADD:
                checkRegular(e.getNewPath(), e.getNewMode().getBits());
                return new FileChange(FileChange.Status.ADDED, e.getNewPath(), e.getNewPath(), 0,
                        e.getNewMode().getBits(), ObjectId.zeroId(), newId, 0);
            case DELETE:
                checkRegular(e.getOldPath(), e.getOldMode().getBits());
                return new FileChange(FileChange.Status.DELETED, e.getOldPath(), e.getOldPath(),
                        e.getOldMode().getBits(), 0, oldId, ObjectId.zeroId(), 0);
            default:
                checkRegular(e.getOldPath(), e.getOldMode().getBits());
                checkRegular(e.getNewPath(), e.getNewMode().getBits());
                return new FileChange(FileChange.Status.MODIFIED, e.getOldPath(), e.getNewPath(),
                        e.getOldMode().getBits(), e.getNewMode().getBits(), oldId, newId, 0);
        }
    }

    private static void checkRegular(String path, int bits) {
        if (!FileChange.isRegular(bits)) {
            throw new UnsupportedContentException(path,
                    "only regular files can be written as patches (mode " + FileChange.mode(bits) + ")");
        }
    }
}
