package respin.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import respin.core.model.COpaque;
import respin.core.parse.FileStats;
import respin.core.parse.ParseTotals;

/** Prints {@code respin parse}: each file's listing and counts, then the totals, as text or JSON. */
final class ParseReport {
    private ParseReport() {
    }

    /** The lines of one file: its {@code --list} entries (or JSON objects into {@code listed}) and its counts. */
    static void file(PrintWriter out, FileStats f, boolean stats, List<String> listed) {
        for (String item : f.listed()) {
            int sp = item.indexOf(' ');
            if (listed != null) {
                int tab = item.indexOf('\t');
                listed.add("{\"path\": " + Json.str(f.path()) + ", \"line\": " + item.substring(0, sp)
                        + ", \"name\": " + Json.str(item.substring(sp + 1, tab < 0 ? item.length() : tab))
                        + (tab < 0 ? "" : ", \"kind\": " + Json.str(item.substring(tab + 1))) + "}");
            } else {
                out.println(f.path() + ":" + item);
            }
        }
        if (stats) {
            out.printf("%s: %d functions, %d prototypes, %d structs, %d opaque%n", f.path(), f.functions(),
                    f.prototypes(), f.structs(), f.opaque().size());
            for (int i = 0; i < f.opaque().size(); i++) {
                COpaque o = f.opaque().get(i);
                out.printf("  %s: opaque (%s), %d bytes%n", o.span(), f.causes().get(i), o.span().length());
            }
        }
    }

    static void text(PrintWriter out, ParseTotals t, boolean stats, boolean roundtrip) {
        out.printf("files %d, bytes %d, functions %d, prototypes %d, structs %d, opaque regions %d (%d bytes, %.3f%%)%n",
                t.files(), t.bytes(), t.functions(), t.prototypes(), t.structs(), t.opaque(), t.opaqueBytes(),
                t.opaquePercent());
        if (t.symlinks() > 0) {
            out.printf("skipped %d symbolic links named *.c or *.h (a link's blob is its target's path, not C)%n",
                    t.symlinks());
        }
        if (stats) {
            causes(out, "most common opaque causes (regions, bytes):", t.topCauses());
        }
        if (t.coverage()) {
            out.printf("function bodies: %d bytes, %.3f%% in typed statement and expression nodes (%d bytes opaque)%n",
                    t.bodyBytes(), t.typedPercent(), t.bodyOpaqueBytes());
            causes(out, "most common opaque statement and expression causes (nodes, bytes):", t.topTreeCauses());
        }
        out.printf("time %.2f s, %.1f MB/s%n", t.seconds(), t.bytes() / 1e6 / Math.max(t.seconds(), 1e-9));
        if (roundtrip) {
            out.printf("round trip: %d of %d files byte-identical%n", t.files() - t.failures().size(), t.files());
            t.failures().forEach(f -> out.println("  differs: " + f));
        }
    }

    /** One JSON object; {@code listed} holds the {@code --list} entries as JSON objects, or is null. */
    static void json(PrintWriter out, ParseTotals t, boolean roundtrip, List<String> listed) {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"files\": ").append(t.files()).append(", \"bytes\": ").append(t.bytes())
                .append(", \"symlinksSkipped\": ").append(t.symlinks())
                .append(", \"functions\": ").append(t.functions()).append(", \"prototypes\": ").append(t.prototypes())
                .append(", \"structs\": ").append(t.structs()).append(", \"opaqueRegions\": ").append(t.opaque())
                .append(", \"opaqueBytes\": ").append(t.opaqueBytes())
                .append(String.format(", \"opaquePercent\": %.3f", t.opaquePercent()))
                .append(", \"opaqueCauses\": [").append(String.join(", ", t.topCauses().stream()
                        .map(e -> "{\"cause\": " + Json.str(e.getKey()) + ", \"regions\": " + e.getValue()[0]
                                + ", \"bytes\": " + e.getValue()[1] + "}").toList())).append(']');
        if (t.coverage()) {
            sb.append(", \"bodyBytes\": ").append(t.bodyBytes()).append(", \"bodyOpaqueBytes\": ")
                    .append(t.bodyOpaqueBytes()).append(String.format(", \"typedBodyPercent\": %.3f", t.typedPercent()));
        }
        sb.append(String.format(", \"seconds\": %.2f", t.seconds()));
        if (roundtrip) {
            sb.append(", \"roundTrip\": {\"identical\": ").append(t.files() - t.failures().size())
                    .append(", \"differs\": [").append(String.join(", ", t.failures().stream().map(Json::str).toList()))
                    .append("]}");
        }
        if (listed != null) {
            sb.append(", \"list\": [").append(String.join(", ", listed)).append(']');
        }
        out.println(sb.append('}'));
    }

    private static void causes(PrintWriter out, String title, List<Map.Entry<String, long[]>> causes) {
        out.println(title);
        causes.forEach(e -> out.printf("  %7d %9d  %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
    }
}
