package respin.core.series.diff.xdiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Git's default line diff (xdiff's Myers with its record discarding, cost heuristics and
 * change compaction with the indent heuristic), so that hunks fall where git puts them.
 */
public final class LineDiff {
    private static final int MAX_EQLIMIT = 1024;
    private static final int SIMSCAN_WINDOW = 100;
    private static final int KPDIS_RUN = 4;
    private static final int MAX_COST_MIN = 256;
    private static final int HEUR_MIN_COST = 256;
    private static final int SNAKE_CNT = 20;
    private static final int K_HEUR = 4;
    private static final int LINE_MAX = Integer.MAX_VALUE;

    /** A run of {@code chg1} old lines from {@code i1} replaced by {@code chg2} new lines from {@code i2} (0-based). */
    public record Change(int i1, int i2, int chg1, int chg2) {
    }

    private final XFile f1;
    private final XFile f2;
    private int[] kvdf;
    private int[] kvdb;
    private int koff;
    private int mxcost;

    private LineDiff(XFile f1, XFile f2) {
        this.f1 = f1;
        this.f2 = f2;
    }

    /** The edit script from {@code a} to {@code b}, in file order. */
    public static List<Change> diff(Lines a, Lines b) {
        return diff(a, b, true);
    }

    /** The edit script, with or without the indent heuristic (git's patch ids use none). */
    public static List<Change> diff(Lines a, Lines b, boolean indentHeuristic) {
        Map<Key, Integer> classes = new HashMap<>();
        XFile f1 = new XFile(a, classify(a, classes));
        XFile f2 = new XFile(b, classify(b, classes));
        LineDiff d = new LineDiff(f1, f2);
        d.prepare(classes.size());
        d.myers();
        Compaction.compact(f1, f2, indentHeuristic);
        Compaction.compact(f2, f1, indentHeuristic);
        return d.script();
    }

    private static int[] classify(Lines l, Map<Key, Integer> classes) {
        int[] cls = new int[l.count];
        for (int i = 0; i < l.count; i++) {
            Key k = new Key(l.data, l.start(i), l.end(i));
            Integer c = classes.putIfAbsent(k, classes.size());
            cls[i] = c == null ? classes.size() - 1 : c;
        }
        return cls;
    }

    /** xdl_trim_ends and xdl_cleanup_records. */
    private void prepare(int nclasses) {
        int lim = Math.min(f1.n, f2.n);
        int i = 0;
        while (i < lim && f1.cls[i] == f2.cls[i]) {
            i++;
        }
        int dstart = i;
        lim -= i;
        int j = 0;
        while (j < lim && f1.cls[f1.n - 1 - j] == f2.cls[f2.n - 1 - j]) {
            j++;
        }
        int[] count1 = new int[nclasses];
        int[] count2 = new int[nclasses];
        for (int c : f1.cls) {
            count1[c]++;
        }
        for (int c : f2.cls) {
            count2[c]++;
        }
        byte[] dis1 = discards(f1, count2, dstart, f1.n - j - 1);
        byte[] dis2 = discards(f2, count1, dstart, f2.n - j - 1);
        keep(f1, dis1, dstart, f1.n - j - 1);
        keep(f2, dis2, dstart, f2.n - j - 1);
    }

    private static byte[] discards(XFile f, int[] otherCount, int dstart, int dend) {
        int mlim = Math.min(bogosqrt(f.n), MAX_EQLIMIT);
        byte[] dis = new byte[f.n + 1];
        for (int i = dstart; i <= dend; i++) {
            int nm = Math.min(otherCount[f.cls[i]], mlim);
            dis[i] = (byte) (nm == 0 ? 0 : nm >= mlim ? 2 : 1);
        }
        return dis;
    }

    private static void keep(XFile f, byte[] dis, int dstart, int dend) {
        f.rindex = new int[f.n + 1];
        f.ha = new int[f.n + 1];
        int nreff = 0;
        for (int i = dstart; i <= dend; i++) {
            if (dis[i] == 1 || (dis[i] == 2 && !cleanMmatch(dis, i, dstart, dend))) {
                f.rindex[nreff] = i;
                f.ha[nreff] = f.cls[i];
                nreff++;
            } else {
                f.mark(i, true);
            }
        }
        f.nreff = nreff;
    }

    /** Whether a many-match line sits in a run of no-match lines and may be discarded. */
    private static boolean cleanMmatch(byte[] dis, int i, int s, int e) {
        if (i - s > SIMSCAN_WINDOW) {
            s = i - SIMSCAN_WINDOW;
        }
        if (e - i > SIMSCAN_WINDOW) {
            e = i + SIMSCAN_WINDOW;
        }
        int rdis0 = 0;
        int rpdis0 = 1;
        for (int r = 1; i - r >= s; r++) {
            if (dis[i - r] == 0) {
                rdis0++;
            } else if (dis[i - r] == 2) {
                rpdis0++;
            } else {
                break;
            }
        }
        if (rdis0 == 0) {
            return false;
        }
        int rdis1 = 0;
        int rpdis1 = 1;
        for (int r = 1; i + r <= e; r++) {
            if (dis[i + r] == 0) {
                rdis1++;
            } else if (dis[i + r] == 2) {
                rpdis1++;
            } else {
                break;
            }
        }
        if (rdis1 == 0) {
            return false;
        }
        rdis1 += rdis0;
        rpdis1 += rpdis0;
        return rpdis1 * KPDIS_RUN < rpdis1 + rdis1;
    }

    static int bogosqrt(int n) {
        int i = 1;
        for (; n > 0; n >>= 2) {
            i <<= 1;
        }
        return i;
    }

    /** xdl_recs_cmp over the whole reduced files, with an explicit stack instead of recursion. */
    private void myers() {
        int ndiags = f1.nreff + f2.nreff + 3;
        kvdf = new int[ndiags];
        kvdb = new int[ndiags];
        koff = f2.nreff + 1;
        mxcost = Math.max(bogosqrt(ndiags), MAX_COST_MIN);
        Deque<int[]> boxes = new ArrayDeque<>();
        boxes.push(new int[] {0, f1.nreff, 0, f2.nreff, 0});
        while (!boxes.isEmpty()) {
            int[] box = boxes.pop();
            int off1 = box[0];
            int lim1 = box[1];
            int off2 = box[2];
            int lim2 = box[3];
            while (off1 < lim1 && off2 < lim2 && f1.ha[off1] == f2.ha[off2]) {
                off1++;
                off2++;
            }
            while (off1 < lim1 && off2 < lim2 && f1.ha[lim1 - 1] == f2.ha[lim2 - 1]) {
                lim1--;
                lim2--;
            }
            if (off1 == lim1) {
                for (; off2 < lim2; off2++) {
                    f2.mark(f2.rindex[off2], true);
                }
            } else if (off2 == lim2) {
                for (; off1 < lim1; off1++) {
                    f1.mark(f1.rindex[off1], true);
                }
            } else {
                int[] spl = Split.split(this, off1, lim1, off2, lim2, box[4] != 0);
                boxes.push(new int[] {spl[0], lim1, spl[1], lim2, spl[3]});
                boxes.push(new int[] {off1, spl[0], off2, spl[1], spl[2]});
            }
        }
    }

    /** xdl_build_script: changed runs, from the marks, in file order. */
    private List<Change> script() {
        List<Change> out = new ArrayList<>();
        for (int i1 = f1.n, i2 = f2.n; i1 >= 0 || i2 >= 0; i1--, i2--) {
            if (f1.changed(i1 - 1) || f2.changed(i2 - 1)) {
                int l1 = i1;
                while (f1.changed(i1 - 1)) {
                    i1--;
                }
                int l2 = i2;
                while (f2.changed(i2 - 1)) {
                    i2--;
                }
                out.add(new Change(i1, i2, l1 - i1, l2 - i2));
            }
        }
        Collections.reverse(out);
        return out;
    }

    XFile f1() {
        return f1;
    }

    XFile f2() {
        return f2;
    }

    int kf(int d) {
        return kvdf[d + koff];
    }

    void kf(int d, int v) {
        kvdf[d + koff] = v;
    }

    int kb(int d) {
        return kvdb[d + koff];
    }

    void kb(int d, int v) {
        kvdb[d + koff] = v;
    }

    int mxcost() {
        return mxcost;
    }

    static int snakeCnt() {
        return SNAKE_CNT;
    }

    static int heurMin() {
        return HEUR_MIN_COST;
    }

    static int kHeur() {
        return K_HEUR;
    }

    static int lineMax() {
        return LINE_MAX;
    }

    /** A line's bytes as a hash key. */
    private record Key(byte[] data, int from, int to, int hash) {
        Key(byte[] data, int from, int to) {
            this(data, from, to, hashOf(data, from, to));
        }

        private static int hashOf(byte[] d, int from, int to) {
            int h = 1;
            for (int i = from; i < to; i++) {
                h = 31 * h + d[i];
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash
                    && Arrays.equals(data, from, to, k.data, k.from, k.to);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
