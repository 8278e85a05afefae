package respin.core.series.diff;

import java.util.Arrays;
import respin.core.series.diff.xdiff.ByteBuf;

/**
 * Git's {@code diff_delta}: a pack-style delta (copy and insert opcodes) from a source buffer to
 * a target, found with a 16-byte Rabin fingerprint index of the source, as git computes it for
 * {@code GIT binary patch} hunks. The output must equal git's byte for byte, so this follows
 * git's choices exactly: which source block an index bucket keeps, the 4096-byte "good enough"
 * match, extending a match backwards into pending inserts, 64 KiB copies.
 */
final class GitDelta {
    private static final int WINDOW = 16;
    private static final int SHIFT = 23;
    private static final int HASH_LIMIT = 64;
    private static final int POLY = 0x2b59b4d1;
    private static final int[] T = new int[256];
    private static final int[] U = new int[256];

    static {
        for (int h = 0; h < 256; h++) {
            int acc = 0;
            for (int b = 7; b >= 0; b--) {
                boolean top = (acc & 0x40000000) != 0;
                acc = (acc << 1) & 0x7fffffff;
                if (top) {
                    acc ^= POLY;
                }
                if (((h >> b) & 1) != 0) {
                    acc ^= POLY;
                }
            }
            T[h] = acc | ((h & 1) << 31);
        }
        for (int c = 0; c < 256; c++) {
            int val = c;
            for (int i = 1; i < WINDOW; i++) {
                val = (val << 8) ^ T[val >>> SHIFT];
            }
            U[c] = val;
        }
    }

    private GitDelta() {
    }

    /** The fingerprint tables, for tests against git's published values. */
    static int t(int i) {
        return T[i];
    }

    static int u(int i) {
        return U[i];
    }

    /** The delta, or null when it would be longer than {@code maxSize} (0: no limit) or a buffer is empty. */
    static byte[] delta(byte[] src, byte[] trg, long maxSize) {
        if (src.length == 0 || trg.length == 0) {
            return null;
        }
        Index index = new Index(src);
        ByteBuf out = new ByteBuf();
        size(out, src.length);
        size(out, trg.length);
        Ops ops = new Ops(out);
        int data = 0;
        int val = 0;
        for (int i = 0; i < WINDOW && data < trg.length; i++, data++) {
            ops.insert(trg[data]);
            val = ((val << 8) | (trg[data] & 0xff)) ^ T[val >>> SHIFT];
        }
        int moff = 0;
        int msize = 0;
        while (data < trg.length) {
            if (msize < 4096) {
                val ^= U[trg[data - WINDOW] & 0xff];
                val = ((val << 8) | (trg[data] & 0xff)) ^ T[val >>> SHIFT];
                int h = val & index.mask;
                for (int e = index.start[h]; e < index.start[h + 1]; e++) {
                    if (index.val[e] != val) {
                        continue;
                    }
                    int ref = index.ptr[e];
                    int refSize = Math.min(src.length - ref, trg.length - data);
                    if (refSize <= msize) {
                        break;
                    }
                    int n = 0;
                    while (n < refSize && trg[data + n] == src[ref + n]) {
                        n++;
                    }
                    if (msize < n) {
                        msize = n;
                        moff = ref;
                        if (msize >= 4096) {
                            break;
                        }
                    }
                }
            }
            if (msize < 4) {
                ops.insert(trg[data++]);
                msize = 0;
            } else {
                int back = ops.takeBack(src, moff, trg, data);
                msize += back;
                moff -= back;
                data -= back;
                int left = msize < 0x10000 ? 0 : msize - 0x10000;
                msize -= left;
                ops.copy(moff, msize);
                data += msize;
                moff += msize;
                msize = left;
                if (msize < 4096) {
                    val = 0;
                    for (int j = -WINDOW; j < 0; j++) {
                        val = ((val << 8) | (trg[data + j] & 0xff)) ^ T[val >>> SHIFT];
                    }
                }
            }
            if (maxSize > 0 && out.length() > maxSize) {
                return null;
            }
        }
        ops.closeInsert();
        if (maxSize > 0 && out.length() > maxSize) {
            return null;
        }
        return out.toByteArray();
    }

    private static void size(ByteBuf out, int n) {
        while (n >= 0x80) {
            out.add((byte) (n | 0x80));
            n >>>= 7;
        }
        out.add((byte) n);
    }

    /** The opcode stream: inserts of at most 127 bytes behind a count byte, and copies. */
    private static final class Ops {
        private final ByteBuf out;
        private int countAt = -1;
        private int inscnt;

        Ops(ByteBuf out) {
            this.out = out;
        }

        void insert(byte b) {
            if (inscnt == 0) {
                countAt = out.length();
                out.add((byte) 0);
            }
            out.add(b);
            inscnt++;
            if (inscnt == 0x7f) {
                closeInsert();
            }
        }

        void closeInsert() {
            if (inscnt > 0) {
                out.set(countAt, (byte) inscnt);
                inscnt = 0;
            }
        }

        /**
         * Git's "match one byte back": moves pending inserted bytes that equal the bytes before
         * the match into it, and closes the insert; returns how many bytes moved.
         */
        int takeBack(byte[] src, int moff, byte[] trg, int data) {
            if (inscnt == 0) {
                return 0;
            }
            int back = 0;
            while (moff - back > 0 && src[moff - back - 1] == trg[data - back - 1] && back < inscnt) {
                back++;
            }
            out.truncate(out.length() - back);
            inscnt -= back;
            if (inscnt == 0) {
                out.truncate(countAt);
            } else {
                out.set(countAt, (byte) inscnt);
                inscnt = 0;
            }
            return back;
        }

        void copy(int moff, int msize) {
            int op = out.length();
            out.add((byte) 0);
            int i = 0x80;
            for (int k = 0; k < 4; k++) {
                if ((moff & (0xff << (8 * k))) != 0) {
                    out.add((byte) (moff >>> (8 * k)));
                    i |= 1 << k;
                }
            }
            for (int k = 0; k < 2; k++) {
                if ((msize & (0xff << (8 * k))) != 0) {
                    out.add((byte) (msize >>> (8 * k)));
                    i |= 0x10 << k;
                }
            }
            out.set(op, (byte) i);
        }
    }

    /** {@code create_delta_index}: per hash bucket, the source offsets just past each 16-byte block. */
    private static final class Index {
        final int mask;
        final int[] start;
        final int[] ptr;
        final int[] val;

        Index(byte[] buf) {
            int entries = (buf.length - 1) / WINDOW;
            int hsize = entries / 4;
            int i = 4;
            while ((1 << i) < hsize && i < 31) {
                i++;
            }
            hsize = 1 << i;
            mask = hsize - 1;
            // Linked lists as in git: entries created from the end of the buffer backwards,
            // each pushed in front of its bucket.
            int[] ePtr = new int[entries];
            int[] eVal = new int[entries];
            int[] eNext = new int[entries];
            int[] head = new int[hsize];
            int[] count = new int[hsize];
            Arrays.fill(head, -1);
            int n = 0;
            int prev = ~0;
            for (int data = entries * WINDOW - WINDOW; data >= 0; data -= WINDOW) {
                int v = 0;
                for (int k = 1; k <= WINDOW; k++) {
                    v = ((v << 8) | (buf[data + k] & 0xff)) ^ T[v >>> SHIFT];
                }
                if (v == prev && n > 0) {
                    ePtr[n - 1] = data + WINDOW;
                } else {
                    prev = v;
                    int h = v & mask;
                    ePtr[n] = data + WINDOW;
                    eVal[n] = v;
                    eNext[n] = head[h];
                    head[h] = n++;
                    count[h]++;
                }
            }
            for (int h = 0; h < hsize; h++) {
                if (count[h] <= HASH_LIMIT) {
                    continue;
                }
                int e = head[h];
                int acc = 0;
                do {
                    acc += count[h] - HASH_LIMIT;
                    if (acc > 0) {
                        int keep = e;
                        do {
                            e = eNext[e];
                            acc -= HASH_LIMIT;
                        } while (acc > 0);
                        eNext[keep] = eNext[e];
                    }
                    e = eNext[e];
                } while (e >= 0);
            }
            start = new int[hsize + 1];
            int total = 0;
            for (int h = 0; h < hsize; h++) {
                for (int e = head[h]; e >= 0; e = eNext[e]) {
                    total++;
                }
            }
            ptr = new int[total];
            val = new int[total];
            int p = 0;
            for (int h = 0; h < hsize; h++) {
                start[h] = p;
                for (int e = head[h]; e >= 0; e = eNext[e]) {
                    ptr[p] = ePtr[e];
                    val[p++] = eVal[e];
                }
            }
            start[hsize] = p;
        }
    }
}
