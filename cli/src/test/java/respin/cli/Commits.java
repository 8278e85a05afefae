package respin.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Commits made by tests on top of a branch with JGit (fixed identity and date), as upstream or a user would. */
final class Commits {
    static final PersonIdent UPSTREAM = new PersonIdent("Upstream Dev", "dev@kernel.invalid", 1731888000000L, 0);

    private Commits() {
    }

    /**
     * A commit on top of {@code branch} (a full ref name) applying {@code edits} (path to a change
     * of its text; a missing file starts empty, a change to null deletes it), then the branch
     * moved to it.
     */
    static ObjectId onto(File gitDir, String branch, String message, PersonIdent who,
            Map<String, UnaryOperator<String>> edits) throws IOException {
        try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir).build();
                ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = ins.newReader();
                RevWalk walk = new RevWalk(reader)) {
            RevCommit parent = walk.parseCommit(repo.resolve(branch));
            DirCache dc = DirCache.newInCore();
            DirCacheBuilder b = dc.builder();
            b.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, parent.getTree());
            b.finish();
            DirCacheEditor ed = dc.editor();
            for (var e : edits.entrySet()) {
                String old = "";
                try (TreeWalk tw = TreeWalk.forPath(reader, e.getKey(), parent.getTree())) {
                    if (tw != null) {
                        old = new String(reader.open(tw.getObjectId(0)).getCachedBytes(), StandardCharsets.UTF_8);
                    }
                }
                String now = e.getValue().apply(old);
                if (now == null) {
                    ed.add(new DirCacheEditor.DeletePath(e.getKey()));
                    continue;
                }
                if (now.equals(old)) {
                    throw new IllegalStateException("the edit of " + e.getKey() + " changes nothing");
                }
                ObjectId blob = ins.insert(Constants.OBJ_BLOB, now.getBytes(StandardCharsets.UTF_8));
                ed.add(new DirCacheEditor.PathEdit(e.getKey()) {
                    @Override
                    public void apply(DirCacheEntry ent) {
                        ent.setFileMode(FileMode.REGULAR_FILE);
                        ent.setObjectId(blob);
                    }
                });
            }
            ed.finish();
            CommitBuilder cb = new CommitBuilder();
            cb.setTreeId(dc.writeTree(ins));
            cb.setParentId(parent);
            cb.setAuthor(who);
            cb.setCommitter(who);
            cb.setMessage(message);
            ObjectId id = ins.insert(cb);
            ins.flush();
            RefUpdate ru = repo.updateRef(branch);
            ru.setNewObjectId(id);
            ru.setExpectedOldObjectId(parent);
            if (ru.update(walk) != RefUpdate.Result.FAST_FORWARD) {
                throw new IOException("cannot move " + branch);
            }
            return id;
        }
    }

    /** {@code old} with {@code from} replaced by {@code to}, failing when {@code from} is not there. */
    static UnaryOperator<String> replace(String from, String to) {
        return old -> {
            if (!old.contains(from)) {
                throw new IllegalStateException("no '" + from + "' to replace");
            }
            return old.replace(from, to);
        };
    }
}
