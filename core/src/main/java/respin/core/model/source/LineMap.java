package respin.core.model.source;

import java.util.Arrays;

/** Turns byte offsets of one file into 1-based lines and columns. */
public final class LineMap {
    private final String file;
    private final int[] lineStarts;
    /**
     * The 0-based line last looked up: offsets come mostly in order, so the next one
     * is usually on it or the line after. Only a hint, checked before use, so threads
     * sharing the map can only make it miss, never answer wrongly.
     */
    private int hint;

    public LineMap(String file, String text) {
        this.file = file;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /**
     * A map over line starts found elsewhere (the scanner's): 0 first, then one past every
     * '\n' of the text, ascending. The array is kept, not copied.
     */
    public LineMap(String file, int[] lineStarts) {
        this.file = file;
        this.lineStarts = lineStarts;
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        // on the hinted line, as most offsets are: small enough to be inlined where spans are made
        int[] starts = lineStarts;
        int h = hint;
        if (starts[h] <= offset && (h + 1 == starts.length || offset < starts[h + 1])) {
            return h + 1;
        }
        return search(offset);
    }

    /** {@link #line} of an offset off the hinted line. */
    private int search(int offset) {
        int[] starts = lineStarts;
        int h = hint;
        int n = starts.length;
        // [lo, hi) brackets the line: starts[lo] <= offset, and hi == n or offset < starts[hi];
        // it grows from the hint in steps that double, so a lookup near the last one stays short
        int lo;
        int hi;
        if (starts[h] <= offset) {
            if (h + 1 == n || offset < starts[h + 1]) {
                return h + 1;
            }
            if (h + 2 == n || offset < starts[h + 2]) {
                hint = h + 1;
                return h + 2;
            }
            lo = h + 2;
            int step = 2;
            hi = lo + step;
            while (hi < n && starts[hi] <= offset) {
                lo = hi;
                step <<= 1;
                hi = lo + step;
            }
            hi = Math.min(hi, n);
        } else {
            hi = h;
            int step = 1;
            lo = hi - step;
            while (lo > 0 && starts[lo] > offset) {
                hi = lo;
                step <<= 1;
                lo = hi - step;
            }
            lo = Math.max(lo, 0);
        }
        int i = Arrays.binarySearch(starts, lo, hi, offset);
        int line = i >= 0 ? i + 1 : -i - 1;
        hint = Math.max(0, line - 1);
        return line;
    }

    /** Offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /**
     * A span for {@code [from.start(), end)}: the line and column are {@code from}'s, not looked up
     * again, for the spans of a node and of its first part.
     */
    public Span span(Span from, int end) {
        return new Span(from.file(), from.start(), end, from.line(), from.col());
    }

    /** A span for {@code [start, end)} with its line and 1-based column. */
    public Span span(int start, int end) {
        int line = line(start);
        return new Span(file, start, end, line, start - lineStarts[line - 1] + 1);
    }
}
