package respin.core.series.diff;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import respin.core.series.diff.pack.PackedObjects;

/**
 * Object ids abbreviated as git's {@code find_unique_abbrev} does for an {@code index} line:
 * {@code core.abbrev} if set, otherwise a length grown with the number of packed objects,
 * the alternates' included (7 for small repositories, 9 for one Linux release, 12 for the
 * kernel's history), then extended until no other object shares it.
 */
public final class Abbrev {
    private static final int FALLBACK = 7;

    private final ObjectReader reader;
    private final Set<ObjectId> pending;
    private final int minLength;
    private final Map<ObjectId, String> cache = new HashMap<>();

    public Abbrev(Repository repo, ObjectReader reader) {
        this(repo, reader, Set.of());
    }

    /** Also unique among {@code pending}: objects a dry run computed but did not write. */
    Abbrev(Repository repo, ObjectReader reader, Set<ObjectId> pending) {
        this.reader = reader;
        this.pending = pending;
        this.minLength = initialLength(repo);
    }

    public String hex(AnyObjectId id) throws IOException {
        ObjectId key = id.toObjectId();
        String done = cache.get(key);
        if (done != null) {
            return done;
        }
        int len = minLength;
        while (len < 40 && clashes(key, len)) {
            len++;
        }
        String hex = key.name().substring(0, len);
        cache.put(key, hex);
        return hex;
    }

    private boolean clashes(ObjectId id, int len) throws IOException {
        for (ObjectId other : pending) {
            if (!other.equals(id) && other.name().regionMatches(0, id.name(), 0, len)) {
                return true;
            }
        }
        for (ObjectId other : reader.resolve(AbbreviatedObjectId.fromString(id.name().substring(0, len)))) {
            if (!other.equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static int initialLength(Repository repo) {
        String configured = repo.getConfig().getString("core", null, "abbrev");
        if (configured != null && configured.matches("\\d+")) {
            return Math.max(4, Math.min(40, Integer.parseInt(configured)));
        }
        if (configured != null && configured.matches("(?i)false|no|off")) {
            return 40;
        }
        long count = 0;
        if (repo.getObjectDatabase() instanceof ObjectDirectory dir) {
            count = PackedObjects.count(dir.getDirectory().toPath());
        }
        return autoLength(count);
    }

    /** Git's automatic length for {@code count} packed objects: half the bits, rounded up, at least 7. */
    static int autoLength(long count) {
        int msb = count == 0 ? 0 : 63 - Long.numberOfLeadingZeros(count);
        return Math.max((msb + 1 + 1) / 2, FALLBACK);
    }
}
