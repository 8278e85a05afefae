package respin.core.series.diff.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Git's {@code repo_approximate_object_count}: the objects of every pack of the repository's
 * object directory and of its alternates ({@code objects/info/alternates}, followed as git
 * follows them, five levels deep), a multi-pack-index counting for the packs it covers.
 * Loose objects are not counted, as git does not count them.
 */
public final class PackedObjects {
    private static final int MAX_ALTERNATE_DEPTH = 5;

    private PackedObjects() {
    }

    /** The approximate object count of the object directory {@code objects} and its alternates. */
    public static long count(Path objects) {
        long count = 0;
        for (Path dir : withAlternates(objects)) {
            count += countOne(dir.resolve("pack"));
        }
        return count;
    }

    /** {@code objects} and the object directories it borrows from, in git's order, each once. */
    static List<Path> withAlternates(Path objects) {
        Set<Path> seen = new LinkedHashSet<>();
        add(seen, objects, 0);
        String env = System.getenv("GIT_ALTERNATE_OBJECT_DIRECTORIES");
        if (env != null) {
            for (String p : env.split(":")) {
                if (!p.isEmpty()) {
                    add(seen, Path.of(p).toAbsolutePath(), 0);
                }
            }
        }
        return new ArrayList<>(seen);
    }

    private static void add(Set<Path> seen, Path dir, int depth) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            return;
        }
        if (!seen.add(real) || depth > MAX_ALTERNATE_DEPTH) {
            return;
        }
        Path file = real.resolve("info/alternates");
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("\"") && line.endsWith("\"") && line.length() > 1) {
                    line = line.substring(1, line.length() - 1);
                }
                add(seen, real.resolve(line).normalize(), depth + 1);
            }
        } catch (IOException e) {
            // git ignores an alternates file it cannot read
        }
    }

    /** A multi-pack-index's objects, plus every pack with both its .idx and .pack that it does not cover. */
    private static long countOne(Path pack) {
        if (!Files.isDirectory(pack)) {
            return 0;
        }
        long count = 0;
        Set<String> covered = new HashSet<>();
        Path midx = pack.resolve("multi-pack-index");
        if (Files.isRegularFile(midx)) {
            count += MultiPackIndex.read(midx, covered);
        }
        try (Stream<Path> s = Files.list(pack)) {
            for (Path idx : s.filter(p -> p.getFileName().toString().endsWith(".idx")).toList()) {
                String name = idx.getFileName().toString();
                Path packFile = pack.resolve(name.substring(0, name.length() - 4) + ".pack");
                if (!covered.contains(name) && Files.isRegularFile(packFile)) {
                    count += idxObjects(idx);
                }
            }
        } catch (IOException e) {
            return count;
        }
        return count;
    }

    /** The object count of a pack index, version 1 or 2 (the last fan-out entry); 0 if it cannot be read. */
    static long idxObjects(Path idx) {
        try (FileChannel ch = FileChannel.open(idx, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(8);
            ch.read(head, 0);
            boolean v2 = head.getInt(0) == 0xff744f63;
            ByteBuffer last = ByteBuffer.allocate(4);
            ch.read(last, (v2 ? 8 : 0) + 255 * 4);
            return Integer.toUnsignedLong(last.getInt(0));
        } catch (IOException e) {
            return 0;
        }
    }
}
