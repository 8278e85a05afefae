package respin.core.model;

import java.util.Arrays;

/** Turns byte offsets of one file into 1-based lines and columns. */
public final class LineMap {
    private final String file;
    private final int[] lineStarts;

    public LineMap(String file, String text) {
        this.file = file;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
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
