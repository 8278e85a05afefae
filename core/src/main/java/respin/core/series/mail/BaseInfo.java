package respin.core.series.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import respin.core.series.commit.SeriesException;
import respin.core.series.diff.DiffOutput;
import respin.core.series.diff.PatchId;
import respin.core.series.diff.xdiff.ByteBuf;

/**
 * What {@code format-patch --base} prints: {@code base-commit:} and, when the series does not
 * sit right on that commit, one {@code prerequisite-patch-id:} per commit in between, oldest
 * first.
 */
record BaseInfo(ObjectId commit, List<ObjectId> prerequisites) {
    BaseInfo {
        prerequisites = List.copyOf(prerequisites);
    }

    /**
     * Walks the first parents from {@code origin} (the first patch's parent) down to {@code base}.
     *
     * @throws SeriesException if {@code base} is not a first-parent ancestor of {@code origin}
     */
    static BaseInfo of(RevWalk walk, DiffOutput diff, RevCommit origin, ObjectId base) throws IOException {
        List<ObjectId> ids = new ArrayList<>();
        RevCommit c = origin;
        while (!c.equals(base)) {
            if (c.getParentCount() == 0) {
                throw new SeriesException("base commit " + base.name() + " is not an ancestor of the series");
            }
            walk.parseHeaders(c.getParent(0));
            ids.add(PatchId.of(diff, c));
            c = walk.parseCommit(c.getParent(0));
        }
        List<ObjectId> oldestFirst = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0; i--) {
            oldestFirst.add(ids.get(i));
        }
        return new BaseInfo(base.copy(), oldestFirst);
    }

    void write(ByteBuf out) {
        out.add("\nbase-commit: " + commit.name() + "\n");
        for (ObjectId id : prerequisites) {
            out.add("prerequisite-patch-id: " + id.name() + "\n");
        }
    }
}
