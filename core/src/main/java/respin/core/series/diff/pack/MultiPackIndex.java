package respin.core.series.diff.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/** The parts of a git multi-pack-index that object counting needs: its object count and the packs it covers. */
final class MultiPackIndex {
    private static final int SIGNATURE = 0x4d494458; // "MIDX"
    private static final int PACK_NAMES = 0x504e414d; // "PNAM"
    private static final int OID_FANOUT = 0x4f494446; // "OIDF"
    private static final int HEADER = 12;
    private static final int CHUNK_ENTRY = 12;

    private MultiPackIndex() {
    }

    /** The objects the index holds; the .idx names of its packs go to {@code packs}. 0 if it is not readable. */
    static long read(Path file, Set<String> packs) {
        ByteBuffer b;
        try {
            b = ByteBuffer.wrap(java.nio.file.Files.readAllBytes(file));
        } catch (IOException e) {
            return 0;
        }
        if (b.capacity() < HEADER || b.getInt(0) != SIGNATURE) {
            return 0;
        }
        int chunks = b.get(6) & 0xff;
        long names = -1;
        long namesEnd = -1;
        long fanout = -1;
        for (int i = 0; i < chunks; i++) {
            int at = HEADER + i * CHUNK_ENTRY;
            if (at + 2 * CHUNK_ENTRY > b.capacity()) {
                return 0;
            }
            int id = b.getInt(at);
            long offset = b.getLong(at + 4);
            long next = b.getLong(at + CHUNK_ENTRY + 4);
            if (id == PACK_NAMES) {
                names = offset;
                namesEnd = next;
            } else if (id == OID_FANOUT) {
                fanout = offset;
            }
        }
        if (fanout < 0 || fanout + 256 * 4 > b.capacity()) {
            return 0;
        }
        if (names >= 0 && namesEnd <= b.capacity()) {
            int start = (int) names;
            for (int i = start; i < namesEnd; i++) {
                if (b.get(i) == 0) {
                    if (i > start) {
                        packs.add(new String(b.array(), start, i - start, StandardCharsets.UTF_8));
                    }
                    start = i + 1;
                }
            }
        }
        return Integer.toUnsignedLong(b.getInt((int) fanout + 255 * 4));
    }
}
