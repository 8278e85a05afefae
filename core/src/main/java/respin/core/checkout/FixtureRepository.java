package respin.core.checkout;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import respin.core.error.RespinException;

/**
 * Makes a git repository holding a set of files as one commit with a fixed identity
 * and date, so that the same files always give the same base commit. Used for the
 * bundled fixture tree and by tests.
 */
public final class FixtureRepository {
    private FixtureRepository() {
    }

    /** Creates (or reuses, when the commit is already there) a bare repository at {@code gitDir}. */
    public static ObjectId create(File gitDir, Map<String, byte[]> files, PersonIdent ident, String message) {
        try (Repository repo = FileRepositoryBuilder.create(gitDir)) {
            if (!repo.getObjectDatabase().exists()) {
                repo.create(true);
            }
            ObjectId commit;
            try (ObjectInserter ins = repo.newObjectInserter()) {
                DirCache dc = DirCache.newInCore();
                DirCacheBuilder b = dc.builder();
                for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                    DirCacheEntry e = new DirCacheEntry(f.getKey());
                    e.setFileMode(FileMode.REGULAR_FILE);
                    e.setObjectId(ins.insert(Constants.OBJ_BLOB, f.getValue()));
                    b.add(e);
                }
                b.finish();
                CommitBuilder cb = new CommitBuilder();
                cb.setTreeId(dc.writeTree(ins));
                cb.setAuthor(ident);
                cb.setCommitter(ident);
                cb.setMessage(message);
                commit = ins.insert(cb);
                ins.flush();
            }
            RefUpdate ru = repo.updateRef("refs/heads/master");
            ru.setNewObjectId(commit);
            ru.setForceUpdate(true);
            ru.update();
            repo.updateRef(Constants.HEAD).link("refs/heads/master");
            return commit;
        } catch (IOException e) {
            throw new RespinException("cannot create repository " + gitDir + ": " + e.getMessage(), e);
        }
    }
}
