package respin.core.series.diff;

import java.io.IOException;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Where the diff reads blob contents: the object database, with blobs that are only pending
 * (computed, never written, as in a dry run) looked up first. The zero id reads as empty.
 */
final class Blobs {
    private final ObjectReader reader;
    private final Map<ObjectId, byte[]> pending;

    private Blobs(ObjectReader reader, Map<ObjectId, byte[]> pending) {
        this.reader = reader;
        this.pending = pending;
    }

    static Blobs of(ObjectReader reader) {
        return new Blobs(reader, Map.of());
    }

    /** Reads {@code pending} blobs from the map (not copied), the rest from {@code reader}. */
    static Blobs of(ObjectReader reader, Map<ObjectId, byte[]> pending) {
        return new Blobs(reader, pending);
    }

    ObjectReader reader() {
        return reader;
    }

    /** The ids of blobs not in the object database. */
    java.util.Set<ObjectId> pendingIds() {
        return pending.keySet();
    }

    byte[] read(ObjectId id) throws IOException {
        if (id.equals(ObjectId.zeroId())) {
            return new byte[0];
        }
        byte[] p = pending.get(id);
        return p != null ? p : reader.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
    }
}
