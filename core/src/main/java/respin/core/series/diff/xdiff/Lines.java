package respin.core.series.diff.xdiff;

import java.util.Arrays;

/** A file cut into records as xdiff cuts it: each line with its newline, the last one possibly without. */
public final class Lines {
    public final byte[] data;
    private final int[] starts;
    public final int count;

    private Lines(byte[] data, int[] starts, int count) {
        this.data = data;
        this.starts = starts;
        this.count = count;
    }

    public static Lines of(byte[] data) {
        int[] starts = new int[16];
        int n = 0;
        int pos = 0;
        while (pos < data.length) {
            if (n + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[n++] = pos;
            while (pos < data.length && data[pos] != '\n') {
                pos++;
            }
            if (pos < data.length) {
                pos++;
            }
        }
        if (n >= starts.length) {
            starts = Arrays.copyOf(starts, n + 1);
        }
        starts[n] = data.length;
        return new Lines(data, starts, n);
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return starts[i + 1];
    }

    /** True when the file does not end with a newline (its last record is incomplete). */
    boolean lastLineIncomplete() {
        return count > 0 && data[data.length - 1] != '\n';
    }

    /** Git's binary test: a NUL among the first 8000 bytes. */
    public static boolean isBinary(byte[] data) {
        int n = Math.min(data.length, 8000);
        for (int i = 0; i < n; i++) {
            if (data[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
