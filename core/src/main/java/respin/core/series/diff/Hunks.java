package respin.core.series.diff;

import java.util.List;
import respin.core.series.diff.xdiff.ByteBuf;
import respin.core.series.diff.xdiff.LineDiff;
import respin.core.series.diff.xdiff.Lines;

/** xdiff's {@code xdl_emit_diff} with git's defaults: three lines of context and function names in hunk headers. */
public final class Hunks {
    private static final int CONTEXT = 3;
    private static final int MAX_COMMON = 2 * CONTEXT;
    private static final int HEADER_BUFFER = 128;

    private Hunks() {
    }

    public static void emit(ByteBuf out, Lines a, Lines b, List<LineDiff.Change> script, FuncName ff) {
        byte[] func = new byte[0];
        int funcLinePrev = -1;
        int xch = 0;
        while (xch < script.size()) {
            int xche = xch;
            while (xche + 1 < script.size() && script.get(xche + 1).i1()
                    - (script.get(xche).i1() + script.get(xche).chg1()) <= MAX_COMMON) {
                xche++;
            }
            LineDiff.Change first = script.get(xch);
            LineDiff.Change last = script.get(xche);
            int s1 = Math.max(first.i1() - CONTEXT, 0);
            int s2 = Math.max(first.i2() - CONTEXT, 0);
            int lctx = Math.min(CONTEXT, a.count - (last.i1() + last.chg1()));
            lctx = Math.min(lctx, b.count - (last.i2() + last.chg2()));
            int e1 = last.i1() + last.chg1() + lctx;
            int e2 = last.i2() + last.chg2() + lctx;

            for (int l = s1 - 1; l != funcLinePrev && l >= 0 && l < a.count; l--) {
                byte[] f = ff.match(a.data, a.start(l), a.end(l));
                if (f != null) {
                    func = f;
                    break;
                }
            }
            funcLinePrev = s1 - 1;
            header(out, s1 + 1, e1 - s1, s2 + 1, e2 - s2, func);

            for (; s1 < first.i1(); s1++) {
                record(out, ' ', a, s1);
            }
            for (int c = xch; c <= xche; c++) {
                LineDiff.Change ch = script.get(c);
                for (; s1 < ch.i1() && s2 < ch.i2(); s1++, s2++) {
                    record(out, ' ', a, s1);
                }
                for (s1 = ch.i1(); s1 < ch.i1() + ch.chg1(); s1++) {
                    record(out, '-', a, s1);
                }
                for (s2 = ch.i2(); s2 < ch.i2() + ch.chg2(); s2++) {
                    record(out, '+', b, s2);
                }
                s1 = ch.i1() + ch.chg1();
                s2 = ch.i2() + ch.chg2();
            }
            for (s1 = last.i1() + last.chg1(); s1 < e1; s1++) {
                record(out, ' ', a, s1);
            }
            xch = xche + 1;
        }
    }

    private static void header(ByteBuf out, int s1, int c1, int s2, int c2, byte[] func) {
        StringBuilder h = new StringBuilder("@@ -").append(c1 != 0 ? s1 : s1 - 1);
        if (c1 != 1) {
            h.append(',').append(c1);
        }
        h.append(" +").append(c2 != 0 ? s2 : s2 - 1);
        if (c2 != 1) {
            h.append(',').append(c2);
        }
        h.append(" @@");
        ByteBuf line = new ByteBuf().add(h.toString());
        if (func.length > 0) {
            line.add(' ');
            int room = HEADER_BUFFER - line.length() - 1;
            line.add(func, 0, Math.min(func.length, room));
        }
        out.add(line).add('\n');
    }

    private static void record(ByteBuf out, char prefix, Lines l, int i) {
        out.add(prefix).add(l.data, l.start(i), l.end(i));
        if (l.end(i) > l.start(i) && l.data[l.end(i) - 1] != '\n') {
            out.add("\n\\ No newline at end of file\n");
        }
    }
}
