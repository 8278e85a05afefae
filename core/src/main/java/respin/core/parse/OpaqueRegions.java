package respin.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import respin.core.model.COpaque;
import respin.core.model.source.LineMap;
import respin.core.model.source.Span;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

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
                list.set(list.size() - 1, new COpaque(lines.span(last.span().start(), end), reason, List.of()));
                return;
            }
            if (last.span().start() <= start && end <= last.span().end()) {
                return;
            }
        }
        list.add(new COpaque(lines.span(start, end), reason, List.of()));
    }

    /**
     * Records {@code [start, end)} where it belongs in the order, when no region holds it
     * already: for regions found apart from the walk of the parse tree.
     */
    void insert(int start, int end, String reason) {
        int k = 0;
        while (k < list.size() && list.get(k).span().start() <= start) {
            k++;
        }
        if (k > 0 && list.get(k - 1).span().end() >= end) {
            return;
        }
        list.add(k, new COpaque(lines.span(start, end), reason, List.of()));
    }

    /** The regions, each with the identifiers it holds. */
    List<COpaque> list() {
        List<COpaque> out = new ArrayList<>(list.size());
        for (COpaque o : list) {
            List<Span> words = new ArrayList<>();
            for (int i = firstAtOrAfter(o.span().start()); i < t.size() && t.start[i] < o.span().end(); i++) {
                if (t.type[i] == CLexer.IDENT) {
                    words.add(lines.span(t.start[i], t.end[i]));
                }
            }
            out.add(new COpaque(o.span(), o.reason(), List.copyOf(words)));
        }
        return List.copyOf(out);
    }

    /** True when no parser-visible token starts in {@code [from, to)}. */
    private boolean onlyHiddenBetween(int from, int to) {
        int i = firstAtOrAfter(from);
        return i >= t.size() || t.start[i] >= to;
    }

    /** The first parser-visible token that starts at or after {@code offset}. */
    private int firstAtOrAfter(int offset) {
        int k = Arrays.binarySearch(t.start, 0, t.size(), offset);
        return k >= 0 ? k : -k - 1;
    }
}
