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
        int h = hint;
        int n = lineStarts.length;
        if (lineStarts[h] <= offset) {
            if (h + 1 == n || offset < lineStarts[h + 1]) {
                return h + 1;
            }
            if (h + 2 == n || offset < lineStarts[h + 2]) {
                hint = h + 1;
                return h + 2;
            }
        }
        int i = Arrays.binarySearch(lineStarts, offset);
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

    /** A span for {@code [start, end)} with its line and 1-based column. */
    public Span span(int start, int end) {
        int line = line(start);
        return new Span(file, start, end, line, start - lineStarts[line - 1] + 1);
    }
}
