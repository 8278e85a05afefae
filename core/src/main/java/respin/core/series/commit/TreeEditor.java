package respin.core.series.commit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * A tree being edited in memory, one step at a time, written back through an
 * {@link ObjectInserter}. A step reads and rewrites only the trees on the paths of the files
 * it changes (a few per file), never the whole tree, so a series of hundreds of steps on a
 * tree of 75,000 files costs what its files cost. No work tree or real index is involved,
 * so it works in bare repositories and leaves the user's checkout alone.
 */
final class TreeEditor {
    private final ObjectReader reader;
    private final ObjectInserter inserter;
    private ObjectId root;

    /** A directory: its entries by name, each an {@link Entry} or, once edited, a {@link Dir}. */
    private static final class Dir {
        final Map<String, Object> entries = new HashMap<>();
    }

    private record Entry(FileMode mode, ObjectId id) {
    }

    TreeEditor(ObjectReader reader, ObjectInserter inserter, AnyObjectId tree) {
        this.reader = reader;
        this.inserter = inserter;
        this.root = tree.copy();
    }

    /** Applies one step's files (null deletes) and returns the new tree's id. */
    ObjectId apply(int step, Map<String, byte[]> files) throws IOException {
        Dir top = read(root);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String path = f.getKey();
            checkPath(step, path);
            String[] parts = path.split("/");
            Dir dir = top;
            for (int i = 0; i < parts.length - 1; i++) {
                Object e = dir.entries.get(parts[i]);
                if (e instanceof Entry entry && !entry.mode().equals(FileMode.TREE)) {
                    if (f.getValue() == null) {
                        throw new InvalidStepException(step, path, "cannot delete a file that does not exist");
                    }
                    throw new InvalidStepException(step, path, String.join("/", java.util.Arrays.copyOf(parts, i + 1))
                            + " is a file in the tree");
                }
                Dir next = e instanceof Dir d ? d : e instanceof Entry entry ? read(entry.id()) : new Dir();
                dir.entries.put(parts[i], next);
                dir = next;
            }
            String name = parts[parts.length - 1];
            Object existing = dir.entries.get(name);
            if (f.getValue() == null) {
                if (!(existing instanceof Entry entry) || entry.mode().equals(FileMode.TREE)) {
                    throw new InvalidStepException(step, path, "cannot delete a file that does not exist");
                }
                dir.entries.remove(name);
                continue;
            }
            if (existing instanceof Dir || existing instanceof Entry e && e.mode().equals(FileMode.TREE)) {
                throw new InvalidStepException(step, path, "is a directory in the tree");
            }
            FileMode mode = existing instanceof Entry e ? e.mode() : FileMode.REGULAR_FILE;
            if (!mode.equals(FileMode.REGULAR_FILE) && !mode.equals(FileMode.EXECUTABLE_FILE)) {
                throw new InvalidStepException(step, path, "is not a regular file (" + mode + ")");
            }
            dir.entries.put(name, new Entry(mode, inserter.insert(Constants.OBJ_BLOB, f.getValue())));
        }
        root = write(top);
        return root;
    }

    private Dir read(ObjectId tree) throws IOException {
        Dir d = new Dir();
        for (CanonicalTreeParser p = new CanonicalTreeParser(null, reader, tree); !p.eof(); p.next()) {
            d.entries.put(p.getEntryPathString(), new Entry(p.getEntryFileMode(), p.getEntryObjectId()));
        }
        return d;
    }

    /** Writes the edited trees under {@code d} and {@code d}'s own; an edited tree left empty is dropped. */
    private ObjectId write(Dir d) throws IOException {
        List<Object[]> sorted = new ArrayList<>();
        for (Map.Entry<String, Object> e : d.entries.entrySet()) {
            Entry entry;
            if (e.getValue() instanceof Dir sub) {
                if (sub.entries.isEmpty()) {
                    continue;
                }
                entry = new Entry(FileMode.TREE, write(sub));
            } else {
                entry = (Entry) e.getValue();
            }
            sorted.add(new Object[] {gitName(e.getKey(), entry.mode()), e.getKey(), entry});
        }
        sorted.sort((a, b) -> compareBytes((byte[]) a[0], (byte[]) b[0]));
        TreeFormatter f = new TreeFormatter();
        for (Object[] e : sorted) {
            Entry entry = (Entry) e[2];
            f.append((String) e[1], entry.mode(), entry.id());
        }
        return inserter.insert(f);
    }

    /** The name as git sorts it: its bytes, with a '/' after a tree's. */
    private static byte[] gitName(String name, FileMode mode) {
        return (mode.equals(FileMode.TREE) ? name + "/" : name).getBytes(StandardCharsets.UTF_8);
    }

    private static int compareBytes(byte[] a, byte[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = Integer.compare(a[i] & 0xff, b[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static void checkPath(int step, String path) {
        boolean bad = path.isEmpty() || path.startsWith("/") || path.endsWith("/")
                || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0;
        for (String part : path.split("/", -1)) {
            bad |= part.isEmpty() || part.equals(".") || part.equals("..") || part.equalsIgnoreCase(".git");
        }
        if (bad) {
            throw new InvalidStepException(step, path, "not a repository-relative file path");
        }
    }
}
