package respin.core.series.diff.xdiff;

/**
 * xdiff's {@code xdl_change_compact}: slide each group of changed lines as far as it can go,
 * merge groups that touch, line it up with a change on the other side when possible, and
 * otherwise place it where the indent heuristic scores best.
 */
final class Compaction {
    private static final int MAX_BLANKS = 20;
    private static final int START_OF_FILE_PENALTY = 1;
    private static final int END_OF_FILE_PENALTY = 21;
    private static final int TOTAL_BLANK_WEIGHT = -30;
    private static final int POST_BLANK_WEIGHT = 6;
    private static final int RELATIVE_INDENT_PENALTY = -4;
    private static final int RELATIVE_INDENT_WITH_BLANK_PENALTY = 10;
    private static final int RELATIVE_OUTDENT_PENALTY = 24;
    private static final int RELATIVE_OUTDENT_WITH_BLANK_PENALTY = 17;
    private static final int RELATIVE_DEDENT_PENALTY = 23;
    private static final int RELATIVE_DEDENT_WITH_BLANK_PENALTY = 17;
    private static final int INDENT_WEIGHT = 60;
    private static final int INDENT_HEURISTIC_MAX_SLIDING = 100;

    private Compaction() {
    }

    /** A run {@code [start, end)} of changed records; empty groups sit between unchanged records. */
    private static final class Group {
        int start;
        int end;

        Group(XFile f) {
            while (f.changed(end)) {
                end++;
            }
        }

        boolean next(XFile f) {
            if (end == f.n) {
                return false;
            }
            start = end + 1;
            end = start;
            while (f.changed(end)) {
                end++;
            }
            return true;
        }

        boolean previous(XFile f) {
            if (start == 0) {
                return false;
            }
            end = start - 1;
            start = end;
            while (f.changed(start - 1)) {
                start--;
            }
            return true;
        }

        boolean slideDown(XFile f) {
            if (end < f.n && f.same(start, end)) {
                f.mark(start++, false);
                f.mark(end++, true);
                while (f.changed(end)) {
                    end++;
                }
                return true;
            }
            return false;
        }

        boolean slideUp(XFile f) {
            if (start > 0 && f.same(start - 1, end - 1)) {
                f.mark(--start, true);
                f.mark(--end, false);
                while (f.changed(start - 1)) {
                    start--;
                }
                return true;
            }
            return false;
        }
    }

    static void compact(XFile f, XFile o) {
        compact(f, o, true);
    }

    /** Without {@code indentHeuristic} (git's {@code xpp.flags = 0}), a group that can slide stays at its lowest place. */
    static void compact(XFile f, XFile o, boolean indentHeuristic) {
        Group g = new Group(f);
        Group go = new Group(o);
        for (;;) {
            if (g.end != g.start) {
                compactGroup(f, o, g, go, indentHeuristic);
            }
            if (!g.next(f)) {
                break;
            }
            sync(go.next(o));
        }
    }

    private static void compactGroup(XFile f, XFile o, Group g, Group go, boolean indentHeuristic) {
        int groupsize;
        int earliestEnd;
        int endMatchingOther;
        do {
            groupsize = g.end - g.start;
            endMatchingOther = -1;
            while (g.slideUp(f)) {
                sync(go.previous(o));
            }
            earliestEnd = g.end;
            if (go.end > go.start) {
                endMatchingOther = g.end;
            }
            while (g.slideDown(f)) {
                sync(go.next(o));
                if (go.end > go.start) {
                    endMatchingOther = g.end;
                }
            }
        } while (groupsize != g.end - g.start);

        if (g.end == earliestEnd) {
            return;
        }
        if (endMatchingOther != -1) {
            while (go.end == go.start) {
                sync(g.slideUp(f));
                sync(go.previous(o));
            }
            return;
        }
        if (!indentHeuristic) {
            return;
        }
        int shift = Math.max(earliestEnd, g.end - groupsize - 1);
        shift = Math.max(shift, g.end - INDENT_HEURISTIC_MAX_SLIDING);
        int bestShift = -1;
        int bestIndent = 0;
        int bestPenalty = 0;
        for (; shift <= g.end; shift++) {
            int[] score = new int[2];
            addSplit(f, shift, score);
            addSplit(f, shift - groupsize, score);
            if (bestShift == -1 || compare(score[0], score[1], bestIndent, bestPenalty) <= 0) {
                bestIndent = score[0];
                bestPenalty = score[1];
                bestShift = shift;
            }
        }
        while (g.end > bestShift) {
            sync(g.slideUp(f));
            sync(go.previous(o));
        }
    }

    private static int compare(int indent1, int penalty1, int indent2, int penalty2) {
        int cmpIndents = Integer.compare(indent1, indent2);
        return INDENT_WEIGHT * Integer.signum(cmpIndents) + (penalty1 - penalty2);
    }

    /** measure_split and score_add_split; {@code score} is {effective indent, penalty}. */
    private static void addSplit(XFile f, int split, int[] score) {
        boolean endOfFile = split >= f.n;
        int indent = endOfFile ? -1 : f.indent(split);
        int preBlank = 0;
        int preIndent = -1;
        for (int i = split - 1; i >= 0; i--) {
            preIndent = f.indent(i);
            if (preIndent != -1) {
                break;
            }
            preBlank++;
            if (preBlank == MAX_BLANKS) {
                preIndent = 0;
                break;
            }
        }
        int postBlank = 0;
        int postIndent = -1;
        for (int i = split + 1; i < f.n; i++) {
            postIndent = f.indent(i);
            if (postIndent != -1) {
                break;
            }
            postBlank++;
            if (postBlank == MAX_BLANKS) {
                postIndent = 0;
                break;
            }
        }

        if (preIndent == -1 && preBlank == 0) {
            score[1] += START_OF_FILE_PENALTY;
        }
        if (endOfFile) {
            score[1] += END_OF_FILE_PENALTY;
        }
        int post = indent == -1 ? 1 + postBlank : 0;
        int total = preBlank + post;
        score[1] += TOTAL_BLANK_WEIGHT * total;
        score[1] += POST_BLANK_WEIGHT * post;
        int ind = indent != -1 ? indent : postIndent;
        boolean anyBlanks = total != 0;
        score[0] += ind;
        if (ind == -1 || preIndent == -1) {
            return;
        }
        if (ind > preIndent) {
            score[1] += anyBlanks ? RELATIVE_INDENT_WITH_BLANK_PENALTY : RELATIVE_INDENT_PENALTY;
        } else if (ind < preIndent) {
            if (postIndent != -1 && postIndent > ind) {
                score[1] += anyBlanks ? RELATIVE_OUTDENT_WITH_BLANK_PENALTY : RELATIVE_OUTDENT_PENALTY;
            } else {
                score[1] += anyBlanks ? RELATIVE_DEDENT_WITH_BLANK_PENALTY : RELATIVE_DEDENT_PENALTY;
            }
        }
    }

    private static void sync(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("xdiff group sync broken");
        }
    }
}
