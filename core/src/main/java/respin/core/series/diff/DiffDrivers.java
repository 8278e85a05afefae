package respin.core.series.diff;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * The {@code diff} attribute of paths ({@code *.c diff=cpp} in the kernel's .gitattributes),
 * read from the .gitattributes files of a tree and the repository's info/attributes, so that
 * hunk headers name functions as git in a checkout of that tree does.
 */
public final class DiffDrivers {
    private final Repository repo;
    private final ObjectReader reader;
    private final AnyObjectId[] trees;
    private final Map<String, FuncName> cache = new HashMap<>();

    /** Paths are looked up in the first tree holding them. */
    public DiffDrivers(Repository repo, ObjectReader reader, AnyObjectId... trees) {
        this.repo = repo;
        this.reader = reader;
        this.trees = trees.clone();
    }

    /** Fills the cache for {@code paths} in one walk per tree. */
    public void load(Collection<String> paths) throws IOException {
        for (AnyObjectId tree : trees) {
            var missing = paths.stream().filter(p -> !cache.containsKey(p)).toList();
            if (missing.isEmpty()) {
                return;
            }
            try (TreeWalk tw = new TreeWalk(repo, reader)) {
                tw.addTree(tree);
                tw.setRecursive(true);
                tw.setFilter(PathFilterGroup.createFromStrings(missing));
                while (tw.next()) {
                    cache.put(tw.getPathString(), FuncName.forDriver(tw.getAttributes().getValue("diff")));
                }
            }
        }
    }

    /** The funcname rule for {@code path}; xdiff's default when no tree holds it or no driver is set. */
    public FuncName funcName(String path) {
        return cache.getOrDefault(path, FuncName.DEFAULT);
    }
}
