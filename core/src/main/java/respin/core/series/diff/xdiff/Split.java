package respin.core.series.diff.xdiff;

/**
 * xdiff's {@code xdl_split}: the middle snake of a box of the Myers edit graph, searched from
 * both corners, with git's heuristics that settle for a good-enough split when the edit
 * cost grows large.
 */
final class Split {
    private Split() {
    }

    /** Returns {@code {i1, i2, minLo, minHi}}. */
    static int[] split(LineDiff d, int off1, int lim1, int off2, int lim2, boolean needMin) {
        int[] ha1 = d.f1().ha;
        int[] ha2 = d.f2().ha;
        int snakeCnt = LineDiff.snakeCnt();
        int dmin = off1 - lim2;
        int dmax = lim1 - off2;
        int fmid = off1 - off2;
        int bmid = lim1 - lim2;
        boolean odd = ((fmid - bmid) & 1) != 0;
        int fmin = fmid;
        int fmax = fmid;
        int bmin = bmid;
        int bmax = bmid;
        d.kf(fmid, off1);
        d.kb(bmid, lim1);
        for (int ec = 1;; ec++) {
            boolean gotSnake = false;
            if (fmin > dmin) {
                d.kf(--fmin - 1, -1);
            } else {
                ++fmin;
            }
            if (fmax < dmax) {
                d.kf(++fmax + 1, -1);
            } else {
                --fmax;
            }
            for (int k = fmax; k >= fmin; k -= 2) {
                int i1 = d.kf(k - 1) >= d.kf(k + 1) ? d.kf(k - 1) + 1 : d.kf(k + 1);
                int prev1 = i1;
                int i2 = i1 - k;
                while (i1 < lim1 && i2 < lim2 && ha1[i1] == ha2[i2]) {
                    i1++;
                    i2++;
                }
                if (i1 - prev1 > snakeCnt) {
                    gotSnake = true;
                }
                d.kf(k, i1);
                if (odd && bmin <= k && k <= bmax && d.kb(k) <= i1) {
                    return new int[] {i1, i2, 1, 1};
                }
            }
            if (bmin > dmin) {
                d.kb(--bmin - 1, LineDiff.lineMax());
            } else {
                ++bmin;
            }
            if (bmax < dmax) {
                d.kb(++bmax + 1, LineDiff.lineMax());
            } else {
                --bmax;
            }
            for (int k = bmax; k >= bmin; k -= 2) {
                int i1 = d.kb(k - 1) < d.kb(k + 1) ? d.kb(k - 1) : d.kb(k + 1) - 1;
                int prev1 = i1;
                int i2 = i1 - k;
                while (i1 > off1 && i2 > off2 && ha1[i1 - 1] == ha2[i2 - 1]) {
                    i1--;
                    i2--;
                }
                if (prev1 - i1 > snakeCnt) {
                    gotSnake = true;
                }
                d.kb(k, i1);
                if (!odd && fmin <= k && k <= fmax && i1 <= d.kf(k)) {
                    return new int[] {i1, i2, 1, 1};
                }
            }
            if (needMin) {
                continue;
            }
            if (gotSnake && ec > LineDiff.heurMin()) {
                int best = 0;
                int[] spl = new int[4];
                for (int k = fmax; k >= fmin; k -= 2) {
                    int dd = k > fmid ? k - fmid : fmid - k;
                    int i1 = d.kf(k);
                    int i2 = i1 - k;
                    int v = (i1 - off1) + (i2 - off2) - dd;
                    if (v > LineDiff.kHeur() * ec && v > best
                            && off1 + snakeCnt <= i1 && i1 < lim1
                            && off2 + snakeCnt <= i2 && i2 < lim2) {
                        for (int j = 1; ha1[i1 - j] == ha2[i2 - j]; j++) {
                            if (j == snakeCnt) {
                                best = v;
                                spl[0] = i1;
                                spl[1] = i2;
                                break;
                            }
                        }
                    }
                }
                if (best > 0) {
                    spl[2] = 1;
                    spl[3] = 0;
                    return spl;
                }
                for (int k = bmax; k >= bmin; k -= 2) {
                    int dd = k > bmid ? k - bmid : bmid - k;
                    int i1 = d.kb(k);
                    int i2 = i1 - k;
                    int v = (lim1 - i1) + (lim2 - i2) - dd;
                    if (v > LineDiff.kHeur() * ec && v > best
                            && off1 < i1 && i1 <= lim1 - snakeCnt
                            && off2 < i2 && i2 <= lim2 - snakeCnt) {
                        for (int j = 0; ha1[i1 + j] == ha2[i2 + j]; j++) {
                            if (j == snakeCnt - 1) {
                                best = v;
                                spl[0] = i1;
                                spl[1] = i2;
                                break;
                            }
                        }
                    }
                }
                if (best > 0) {
                    spl[2] = 0;
                    spl[3] = 1;
                    return spl;
                }
            }
            if (ec >= d.mxcost()) {
                return furthest(d, off1, lim1, off2, lim2, fmin, fmax, bmin, bmax);
            }
        }
    }

    /** Enough: the furthest-reaching path by the {@code i1 + i2} measure. */
    private static int[] furthest(LineDiff d, int off1, int lim1, int off2, int lim2,
            int fmin, int fmax, int bmin, int bmax) {
        long fbest = -1;
        int fbest1 = -1;
        for (int k = fmax; k >= fmin; k -= 2) {
            int i1 = Math.min(d.kf(k), lim1);
            int i2 = i1 - k;
            if (lim2 < i2) {
                i1 = lim2 + k;
                i2 = lim2;
            }
            if (fbest < (long) i1 + i2) {
                fbest = (long) i1 + i2;
                fbest1 = i1;
            }
        }
        long bbest = Long.MAX_VALUE;
        int bbest1 = LineDiff.lineMax();
        for (int k = bmax; k >= bmin; k -= 2) {
            int i1 = Math.max(off1, d.kb(k));
            int i2 = i1 - k;
            if (i2 < off2) {
                i1 = off2 + k;
                i2 = off2;
            }
            if ((long) i1 + i2 < bbest) {
                bbest = (long) i1 + i2;
                bbest1 = i1;
            }
        }
        if ((long) (lim1 + lim2) - bbest < fbest - (off1 + off2)) {
            return new int[] {fbest1, (int) (fbest - fbest1), 1, 0};
        }
        return new int[] {bbest1, (int) (bbest - bbest1), 0, 1};
    }
}
