package respin.cli;

import java.io.PrintWriter;
import java.util.List;
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
            out.println("most common opaque causes (regions, bytes):");
            for (var e : t.topCauses()) {
                out.printf("  %7d %9d  %s%n", e.getValue()[0], e.getValue()[1], e.getKey());
            }
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
                .append(", \"opaqueCauses\": [");
        String sep = "";
        for (var e : t.topCauses()) {
            sb.append(sep).append("{\"cause\": ").append(Json.str(e.getKey())).append(", \"regions\": ")
                    .append(e.getValue()[0]).append(", \"bytes\": ").append(e.getValue()[1]).append('}');
            sep = ", ";
        }
        sb.append(']').append(String.format(", \"seconds\": %.2f", t.seconds()));
        if (roundtrip) {
            sb.append(", \"roundTrip\": {\"identical\": ").append(t.files() - t.failures().size())
                    .append(", \"differs\": [");
            sep = "";
            for (String f : t.failures()) {
                sb.append(sep).append(Json.str(f));
                sep = ", ";
            }
            sb.append("]}");
        }
        if (listed != null) {
            sb.append(", \"list\": [").append(String.join(", ", listed)).append(']');
        }
        out.println(sb.append('}'));
    }
}
