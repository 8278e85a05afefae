package respin.core.scan;

import java.util.Arrays;

/**
 * A multi-pattern byte search that skips (Wu and Manber's shift table over two-byte
 * blocks): it looks at the last two bytes of a window as long as the shortest pattern, and
 * jumps as far as no pattern can end sooner. On kernel C with a recipe's names (and
 * {@code struct}, {@code union}) that is two to four bytes a step instead of one. It finds
 * positions only; whole-word checks are the caller's.
 */
final class SkipSearch {
    private final byte[][] patterns;
    private final int m;
    private final byte[] shift = new byte[1 << 16];
    private final int[][] bucket = new int[1 << 16][];

    /** A search for {@code patterns}, each at least two bytes long. */
    SkipSearch(byte[][] patterns) {
        this.patterns = patterns;
        int min = Integer.MAX_VALUE;
        for (byte[] p : patterns) {
            min = Math.min(min, p.length);
        }
        if (min < 2) {
            throw new IllegalArgumentException("patterns of fewer than two bytes");
        }
        m = min;
        Arrays.fill(shift, (byte) Math.min(m - 1, 127));
        for (int k = 0; k < patterns.length; k++) {
            byte[] p = patterns[k];
            for (int j = 1; j < m; j++) {
                int block = block(p, j);
                shift[block] = (byte) Math.min(shift[block], m - 1 - j);
            }
            int last = block(p, m - 1);
            int[] old = bucket[last] == null ? new int[0] : bucket[last];
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = k;
            bucket[last] = grown;
        }
    }

    private static int block(byte[] t, int j) {
        return ((t[j - 1] & 0xff) << 8) | (t[j] & 0xff);
    }

    /** Receives each place a pattern occurs; returns false to stop the search. */
    interface Hit {
        boolean at(int pattern, int start);
    }

    /** Calls {@code hit} for every occurrence in {@code text}, left to right, until it returns false. */
    void search(byte[] text, Hit hit) {
        int n = text.length;
        int i = m - 1;
        byte[] sh = shift;
        while (i < n) {
            int block = ((text[i - 1] & 0xff) << 8) | (text[i] & 0xff);
            int s = sh[block];
            if (s > 0) {
                i += s;
                continue;
            }
            int start = i - m + 1;
            for (int k : bucket[block]) {
                byte[] p = patterns[k];
                if (start + p.length <= n && Arrays.equals(text, start, start + p.length, p, 0, p.length)
                        && !hit.at(k, start)) {
                    return;
                }
            }
            i++;
        }
    }
}
