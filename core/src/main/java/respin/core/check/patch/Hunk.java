package respin.core.check.patch;

import java.util.List;

/**
 * One hunk of a file diff.
 *
 * @param header the {@code @@ -a,b +c,d @@} line
 * @param oldStart first old-file line ({@code a})
 * @param oldCount old-file line count ({@code b}, 1 when omitted)
 * @param newStart first new-file line ({@code c})
 * @param newCount new-file line count ({@code d}, 1 when omitted)
 * @param lines the lines within the hunk's counts (context, added, removed), and the
 *     {@code \ No newline at end of file} markers among and after them
 */
public record Hunk(PatchLine header, int oldStart, int oldCount, int newStart, int newCount, List<PatchLine> lines) {
    public Hunk {
        lines = List.copyOf(lines);
    }

    /** The added lines, each knowing its new-file line and its patch line. */
    public List<PatchLine> added() {
        return lines.stream().filter(PatchLine::added).toList();
    }
}
