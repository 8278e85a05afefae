package respin.core.series.diff.xdiff;

/**
 * One side of an xdiff run: its records, each record's equivalence class, and the
 * "changed" marks with a false sentinel before the first and after the last record.
 */
final class XFile {
    final Lines lines;
    final int n;
    final int[] cls;
    private final boolean[] changed;

    /** Records the Myers pass looks at (after trimming and discarding): their indexes and classes. */
    int[] rindex;
    int[] ha;
    int nreff;

    XFile(Lines lines, int[] cls) {
        this.lines = lines;
        this.n = lines.count;
        this.cls = cls;
        this.changed = new boolean[n + 2];
    }

    boolean changed(int i) {
        return i >= -1 && i <= n && changed[i + 1];
    }

    void mark(int i, boolean value) {
        changed[i + 1] = value;
    }

    boolean same(int i, int j) {
        return cls[i] == cls[j];
    }

    /**
     * Indentation of record {@code i} in columns (tab = 8), capped at 200; -1 for a line of
     * whitespace only. As xdiff's {@code get_indent}.
     */
    int indent(int i) {
        int ret = 0;
        for (int p = lines.start(i); p < lines.end(i); p++) {
            byte c = lines.data[p];
            if (!Ascii.isSpace(c)) {
                return ret;
            } else if (c == ' ') {
                ret += 1;
            } else if (c == '\t') {
                ret += 8 - ret % 8;
            }
            if (ret >= 200) {
                return 200;
            }
        }
        return -1;
    }
}
