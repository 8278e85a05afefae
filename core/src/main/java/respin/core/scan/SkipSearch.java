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

    /** Texts shorter than this are searched in one stream. */
    static final int TWO_STREAMS = 2048;

    /**
     * Calls {@code hit} for every occurrence in {@code text}, left to right, until it returns false.
     * A longer text is searched as two halves in one loop: each step of a skip search waits on
     * the loads of the step before, so two chains in flight go nearly twice as fast; the second
     * half's occurrences wait in a buffer until the first half is done, so the order holds.
     */
    void search(byte[] text, Hit hit) {
        int n = text.length;
        if (n < TWO_STREAMS) {
            search(text, m - 1, n, hit);
            return;
        }
        int mid = n / 2 + m - 1; // windows ending before mid: the first half; from mid on: the second
        byte[] sh = shift;
        int i = m - 1;
        int j = mid;
        Later later = new Later();
        while (i < mid && j < n) {
            int s1 = sh[block(text, i)];
            int s2 = sh[block(text, j)];
            if (s1 > 0) {
                i += s1;
            } else {
                if (!verify(text, i, hit)) {
                    return;
                }
                i++;
            }
            if (s2 > 0) {
                j += s2;
            } else {
                verify(text, j, later);
                j++;
            }
        }
        if (i < mid) {
            if (!search(text, i, mid, hit)) {
                return;
            }
        }
        for (int k = 0; k < later.count; k++) {
            if (!hit.at(later.found[2 * k], later.found[2 * k + 1])) {
                return;
            }
        }
        if (j < n) {
            search(text, j, n, hit);
        }
    }

    /** The windows of {@code text} ending from {@code from} to before {@code to}; false when {@code hit} said stop. */
    private boolean search(byte[] text, int from, int to, Hit hit) {
        byte[] sh = shift;
        int i = from;
        while (i < to) {
            int s = sh[block(text, i)];
            if (s > 0) {
                i += s;
                continue;
            }
            if (!verify(text, i, hit)) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** The patterns that start where the window ending at {@code end} starts; false when {@code hit} said stop. */
    private boolean verify(byte[] text, int end, Hit hit) {
        int start = end - m + 1;
        int n = text.length;
        for (int k : bucket[block(text, end)]) {
            byte[] p = patterns[k];
            if (start + p.length <= n && Arrays.equals(text, start, start + p.length, p, 0, p.length)
                    && !hit.at(k, start)) {
                return false;
            }
        }
        return true;
    }

    /** Occurrences kept in order, to be handed out later. */
    private static final class Later implements Hit {
        int[] found = new int[16];
        int count;

        @Override
        public boolean at(int pattern, int start) {
            if (2 * count + 2 > found.length) {
                found = Arrays.copyOf(found, 2 * found.length);
            }
            found[2 * count] = pattern;
            found[2 * count + 1] = start;
            count++;
            return true;
        }
    }
}
