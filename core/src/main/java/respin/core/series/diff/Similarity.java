package respin.core.series.diff;

import java.util.HashMap;
import java.util.Map;
import respin.core.series.diff.xdiff.Lines;

/**
 * Git's {@code diffcore-delta} measure of how much of one blob is copied from another: both
 * are cut in chunks (a line, or 64 bytes), chunks are hashed, and the bytes of matching
 * chunks are counted. Scores are on git's scale of 0 to {@link #MAX_SCORE}.
 */
final class Similarity {
    static final int MAX_SCORE = 60000;
    private static final int HASHBASE = 107927;

    private final int size;
    private final Map<Integer, Integer> spans = new HashMap<>();

    Similarity(byte[] data) {
        this.size = data.length;
        boolean text = !Lines.isBinary(data);
        int n = 0;
        int accum1 = 0;
        int accum2 = 0;
        for (int p = 0; p < data.length; p++) {
            int c = data[p] & 0xff;
            int old1 = accum1;
            if (text && c == '\r' && p + 1 < data.length && data[p + 1] == '\n') {
                continue;
            }
            accum1 = (accum1 << 7) ^ (accum2 >>> 25);
            accum2 = (accum2 << 7) ^ (old1 >>> 25);
            accum1 += c;
            if (++n < 64 && c != '\n') {
                continue;
            }
            add(accum1, accum2, n);
            n = 0;
            accum1 = 0;
            accum2 = 0;
        }
        // git 2.39 drops a last chunk that ends neither in a newline nor at 64 bytes (later
        // versions count it: "diffcore-delta: avoid ignoring final 'line' of file").
    }

    private void add(int accum1, int accum2, int n) {
        int hash = Integer.remainderUnsigned(accum1 + accum2 * 0x61, HASHBASE);
        spans.merge(hash, n, Integer::sum);
    }

    int size() {
        return size;
    }

    /**
     * Git's {@code estimate_similarity} for this source and {@code dst}: 0 when the sizes
     * differ too much for {@code minimumScore}, else the copied bytes over the larger size.
     */
    int score(Similarity dst, int minimumScore) {
        long max = Math.max(size, dst.size);
        long delta = max - Math.min(size, dst.size);
        if (max * (MAX_SCORE - minimumScore) < delta * MAX_SCORE) {
            return 0;
        }
        if (dst.size == 0) {
            return 0;
        }
        long copied = 0;
        for (Map.Entry<Integer, Integer> e : spans.entrySet()) {
            Integer d = dst.spans.get(e.getKey());
            if (d != null) {
                copied += Math.min(Integer.toUnsignedLong(e.getValue()), Integer.toUnsignedLong(d));
            }
        }
        return (int) (copied * MAX_SCORE / max);
    }
}
