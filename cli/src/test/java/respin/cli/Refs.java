package respin.cli;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Every ref of a repository with its id: what a run left behind. */
final class Refs {
    private Refs() {
    }

    static Map<String, String> of(File gitDir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir).build()) {
            for (Ref r : repo.getRefDatabase().getRefs()) {
                out.put(r.getName(), r.getObjectId().name());
            }
        }
        return out;
    }
}
