package respin.core.model.source;

/**
 * A byte range of one file with the 1-based line and column of its start.
 *
 * <p>Offsets are byte offsets into the file ({@code start} inclusive, {@code end}
 * exclusive); files are read as ISO-8859-1 so that one char is one byte.
 */
public record Span(String file, int start, int end, int line, int col) {

    public int length() {
        return end - start;
    }

    /** Whether one of {@code offsets} (ascending) lies in this span. */
    public boolean holdsAny(int[] offsets) {
        int i = java.util.Arrays.binarySearch(offsets, start);
        int next = i >= 0 ? i : -i - 1;
        return next < offsets.length && offsets[next] < end;
    }

    public boolean contains(Span other) {
        return file.equals(other.file) && start <= other.start && other.end <= end;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + col;
    }
}
