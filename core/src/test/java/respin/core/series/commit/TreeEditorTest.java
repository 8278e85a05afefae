package respin.core.series.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.junit.jupiter.api.Test;

/**
 * Trees edited path by path give the very tree ids git's own index gives for the same files
 * (DirCache as the oracle), with git's order (a tree sorts as its name plus '/'), emptied
 * directories dropped, modes kept, and every bad edit refused with its step and path.
 */
class TreeEditorTest {
    private final InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("t"));

    /** The tree of {@code files} (path to content; a content starting with "#!" is executable) as git's index writes it. */
    private ObjectId oracle(Map<String, String> files) throws IOException {
        DirCache dc = DirCache.newInCore();
        DirCacheBuilder b = dc.builder();
        try (ObjectInserter ins = repo.newObjectInserter()) {
            for (var f : new TreeMap<>(files).entrySet()) {
                DirCacheEntry e = new DirCacheEntry(f.getKey());
                e.setFileMode(f.getValue().startsWith("#!") ? FileMode.EXECUTABLE_FILE
                        : f.getValue().startsWith("-> ") ? FileMode.SYMLINK : FileMode.REGULAR_FILE);
                e.setObjectId(ins.insert(Constants.OBJ_BLOB, f.getValue().getBytes(StandardCharsets.UTF_8)));
                b.add(e);
            }
            b.finish();
            ObjectId id = dc.writeTree(ins);
            ins.flush();
            return id;
        }
    }

    private static Map<String, byte[]> edits(String... pathThenText) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < pathThenText.length; i += 2) {
            out.put(pathThenText[i], pathThenText[i + 1] == null ? null
                    : pathThenText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static final Map<String, String> BASE = Map.of("a/b.c", "b\n", "a/x/y.c", "y\n", "a.c", "top\n",
            "a-b/z.c", "z\n", "scripts/run.sh", "#!/bin/sh\n", "link", "-> a.c");

    @Test
    void stepsGiveTheTreesGitsIndexGives() throws IOException {
        ObjectId base = oracle(BASE);
        try (ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = ins.newReader()) {
            TreeEditor ed = new TreeEditor(reader, ins, base);
            Map<String, String> now = new TreeMap<>(BASE);
            now.put("a/b.c", "b2\n");
            now.put("n/m/new.c", "new\n");
            now.put("scripts/run.sh", "#!/bin/sh\necho\n");
            assertEquals(oracle(now), ed.apply(1, edits("a/b.c", "b2\n", "n/m/new.c", "new\n", "scripts/run.sh",
                    "#!/bin/sh\necho\n")));
            now.remove("a/x/y.c");
            now.put("a.c", "top2\n");
            assertEquals(oracle(now), ed.apply(2, edits("a/x/y.c", null, "a.c", "top2\n")));
        }
    }

    @Test
    void badEditsAreRefusedWithTheirStepAndPath() throws IOException {
        ObjectId base = oracle(BASE);
        try (ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = ins.newReader()) {
            TreeEditor ed = new TreeEditor(reader, ins, base);
            assertEquals("step 3: a/nope.c: cannot delete a file that does not exist",
                    assertThrows(InvalidStepException.class, () -> ed.apply(3, edits("a/nope.c", null))).getMessage());
            assertEquals("step 1: a.c/inner.c: a.c is a file in the tree",
                    assertThrows(InvalidStepException.class, () -> ed.apply(1, edits("a.c/inner.c", "x"))).getMessage());
            assertEquals("step 1: a/x: is a directory in the tree",
                    assertThrows(InvalidStepException.class, () -> ed.apply(1, edits("a/x", "x"))).getMessage());
            assertEquals("step 2: link: is not a regular file (120000)",
                    assertThrows(InvalidStepException.class, () -> ed.apply(2, edits("link", "x"))).getMessage());
            assertEquals("step 1: ../x.c: not a repository-relative file path",
                    assertThrows(InvalidStepException.class, () -> ed.apply(1, edits("../x.c", "x"))).getMessage());
        }
    }

    @Test
    void anEmptyStepGivesTheSameTree() throws IOException {
        ObjectId base = oracle(BASE);
        try (ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = ins.newReader()) {
            assertEquals(base, new TreeEditor(reader, ins, base).apply(1, edits("a/b.c", "b\n")));
        }
    }
}
