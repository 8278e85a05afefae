package respin.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import respin.core.model.COpaque;
import respin.core.model.LineMap;

/**
 * The opaque regions of one file, in order. A region that continues the last one
 * (same reason, only blanks, comments or directives between) extends it, so that a
 * run of stray tokens is one region, and a region inside the last one adds nothing.
 */
final class OpaqueRegions {
    private final Toks t;
    private final LineMap lines;
    private final List<COpaque> list = new ArrayList<>();

    OpaqueRegions(Toks t, LineMap lines) {
        this.t = t;
        this.lines = lines;
    }

    /** Records the bytes {@code [start, end)}, which the grammar did not place. */
    void add(int start, int end, String reason) {
        if (end <= start) {
            return;
        }
        if (!list.isEmpty()) {
            COpaque last = list.get(list.size() - 1);
            if (last.reason().equals(reason) && last.span().end() <= start && onlyHiddenBetween(last.span().end(), start)) {
                list.set(list.size() - 1, new COpaque(lines.span(last.span().start(), end), reason));
                return;
            }
            if (last.span().start() <= start && end <= last.span().end()) {
                return;
            }
        }
        list.add(new COpaque(lines.span(start, end), reason));
    }

    List<COpaque> list() {
        return List.copyOf(list);
    }

    /** True when no parser-visible token starts in {@code [from, to)}. */
    private boolean onlyHiddenBetween(int from, int to) {
        int k = Arrays.binarySearch(t.start, from);
        int i = k >= 0 ? k : -k - 1;
        return i >= t.size() || t.start[i] >= to;
    }
}
