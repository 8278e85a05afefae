package respin.core.series.commit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import respin.core.series.diff.FileChange;
import respin.core.series.diff.FilePatch;
import respin.core.series.diff.FuncName;
import respin.core.series.diff.xdiff.ByteBuf;

/**
 * Re-applies hand edits (commits a user added on top of a generated series) on top of a
 * regenerated one, as {@code git cherry-pick} would, with JGit's three-way merger in memory:
 * no work tree, no index. The first edit that conflicts stops everything with a
 * {@link HandEditConflictException} naming each file and hunk; no branch is touched.
 */
final class HandEdits {
    private HandEdits() {
    }

    /** The new commits, one per edit, the first on top of {@code onto}. */
    static List<ObjectId> replay(Repository repo, ObjectInserter ins, ObjectReader reader, ObjectId onto,
            List<ObjectId> edits, PersonIdent committer) throws IOException {
        List<ObjectId> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(reader)) {
            RevCommit tip = walk.parseCommit(onto);
            for (ObjectId id : edits) {
                RevCommit edit = walk.parseCommit(id);
                if (edit.getParentCount() != 1) {
                    throw new SeriesException("hand edit " + edit.abbreviate(12).name()
                            + " is a merge or a root commit; respin only carries single-parent commits");
                }
                RevCommit parent = walk.parseCommit(edit.getParent(0));
                ResolveMerger m = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(ins, repo.getConfig());
                m.setBase(parent.getTree());
                if (!m.merge(tip.getTree(), edit.getTree())) {
                    throw new HandEditConflictException(edit.abbreviate(12).name() + " (\"" + edit.getShortMessage()
                            + "\")", conflicts(repo, reader, m, parent, edit));
                }
                CommitBuilder cb = new CommitBuilder();
                cb.setTreeId(m.getResultTreeId());
                cb.setParentId(tip);
                cb.setAuthor(edit.getAuthorIdent());
                cb.setCommitter(committer);
                cb.setEncoding(edit.getEncoding());
                cb.setMessage(edit.getFullMessage());
                ObjectId next = ins.insert(cb);
                ins.flush();
                tip = walk.parseCommit(next);
                out.add(next);
            }
        }
        return out;
    }

    private static List<String> conflicts(Repository repo, ObjectReader reader, ResolveMerger m, RevCommit parent,
            RevCommit edit) throws IOException {
        List<String> out = new ArrayList<>();
        if (m.getFailingPaths() != null) {
            m.getFailingPaths().forEach((path, why) -> out.add(path + ": cannot merge (" + why + ")"));
        }
        for (Map.Entry<String, MergeResult<? extends Sequence>> e : m.getMergeResults().entrySet()) {
            if (!e.getValue().containsConflicts()) {
                continue;
            }
            List<String> hunks = hunks(repo, reader, e.getKey(), parent, edit);
            int oursLine = 0;
            for (MergeChunk c : e.getValue()) {
                if (c.getConflictState() == MergeChunk.ConflictState.FIRST_CONFLICTING_RANGE) {
                    oursLine = c.getBegin() + 1;
                } else if (c.getConflictState() == MergeChunk.ConflictState.NEXT_CONFLICTING_RANGE
                        && c.getSequenceIndex() == 2) {
                    out.add(e.getKey() + ":" + oursLine + ": hunk " + hunkAt(hunks, c.getBegin() + 1, c.getEnd())
                            + " does not apply: the regenerated lines differ");
                }
            }
        }
        if (out.isEmpty()) {
            m.getUnmergedPaths().forEach(p -> out.add(p + ": conflict"));
        }
        return out;
    }

    /** The hunk headers of the edit's diff of {@code path}. */
    private static List<String> hunks(Repository repo, ObjectReader reader, String path, RevCommit parent,
            RevCommit edit) throws IOException {
        ObjectId a = blob(repo, reader, parent, path);
        ObjectId b = blob(repo, reader, edit, path);
        FileChange ch = new FileChange(FileChange.Status.MODIFIED, path, path, 0100644, 0100644, a, b, 0);
        ByteBuf buf = new ByteBuf();
        FilePatch.of(ch, reader).writeHunks(buf, FuncName.DEFAULT);
        List<String> out = new ArrayList<>();
        for (String line : buf.toString().split("\n")) {
            if (line.startsWith("@@ ")) {
                out.add(line);
            }
        }
        return out;
    }

    private static String hunkAt(List<String> hunks, int first, int end) {
        for (String h : hunks) {
            String[] plus = h.split(" ")[2].substring(1).split(",");
            int start = Integer.parseInt(plus[0]);
            int len = plus.length > 1 ? Integer.parseInt(plus[1]) : 1;
            if (start <= Math.max(first, end) && first <= start + len) {
                return h;
            }
        }
        return hunks.isEmpty() ? "(none)" : hunks.get(0);
    }

    private static ObjectId blob(Repository repo, ObjectReader reader, RevCommit c, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(reader, path, c.getTree())) {
            return tw == null ? ObjectId.zeroId() : tw.getObjectId(0);
        }
    }
}
