package respin.core.series.commit;

import java.util.List;

/** Hand edits that no longer apply on a regenerated series: one line per conflict, naming the file and hunk. */
public final class HandEditConflictException extends SeriesException {
    private static final long serialVersionUID = 1L;
    private final List<String> conflicts;

    public HandEditConflictException(String commit, List<String> conflicts) {
        super("the hand edit " + commit + " does not apply on the regenerated series:\n  "
                + String.join("\n  ", conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    /** {@code path:line: hunk} for each conflict. */
    public List<String> conflicts() {
        return conflicts;
    }
}
