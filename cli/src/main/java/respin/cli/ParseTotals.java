package respin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sums {@code respin parse} reports, and their text and JSON forms. */
final class ParseTotals {
    /** How many opaque causes the report names. */
    static final int TOP_CAUSES = 10;

    long files;
    long bytes;
    long functions;
    long prototypes;
    long structs;
    long opaque;
    long opaqueBytes;
    long symlinks;
    double seconds;
    final List<String> failures = new ArrayList<>();
    private final Map<String, long[]> causes = new HashMap<>();
    long bodyBytes;
    long bodyOpaqueBytes;
    boolean coverage;
    private final Map<String, long[]> treeCauses = new HashMap<>();

    void add(FileStats f) {
        files++;
        bytes += f.bytes();
        functions += f.functions();
        prototypes += f.prototypes();
        structs += f.structs();
        opaque += f.opaque().size();
        for (int i = 0; i < f.opaque().size(); i++) {
            long len = f.opaque().get(i).span().length();
            opaqueBytes += len;
            long[] c = causes.computeIfAbsent(f.causes().get(i), k -> new long[2]);
            c[0]++;
            c[1] += len;
        }
        if (!f.roundTrips()) {
            failures.add(f.path());
        }
        if (f.coverage() != null) {
            coverage = true;
            bodyBytes += f.coverage().bodyBytes();
            bodyOpaqueBytes += f.coverage().opaqueBytes();
            for (int i = 0; i < f.coverage().reasons().size(); i++) {
                long[] c = treeCauses.computeIfAbsent(f.coverage().reasons().get(i), k -> new long[2]);
                c[0]++;
                c[1] += f.coverage().sizes().get(i);
            }
        }
    }

    /** The share of function-body bytes in typed statement and expression nodes, in percent. */
    double typedPercent() {
        return bodyBytes == 0 ? 100.0 : 100.0 * (bodyBytes - bodyOpaqueBytes) / bodyBytes;
    }

    /** The most common causes, by region count, then by name. */
    List<Map.Entry<String, long[]>> topCauses() {
        return top(causes);
    }

    private static List<Map.Entry<String, long[]>> top(Map<String, long[]> causes) {
        return causes.entrySet().stream().sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey)).limit(TOP_CAUSES).toList();
    }

    double opaquePercent() {
        return bytes == 0 ? 0.0 : 100.0 * opaqueBytes / bytes;
    }

    void printText(PrintWriter out, boolean stats, boolean roundtrip) {
        out.printf("files %d, bytes %d, functions %d, prototypes %d, structs %d, opaque regions %d (%d bytes, %.3f%%)%n",
                files, bytes, functions, prototypes, structs, opaque, opaqueBytes, opaquePercent());
        if (symlinks > 0) {
            out.printf("skipped %d symbolic links named *.c or *.h (a link's blob is its target's path, not C)%n",
                    symlinks);
        }
        if (stats) {
            out.println("most common opaque causes (regions, bytes):");
            for (var e : topCauses()) {
                out.printf("  %7d %9d  %s%n", e.getValue()[0], e.getValue()[1], e.getKey());
            }
        }
        if (coverage) {
            out.printf("function bodies: %d bytes, %.3f%% in typed statement and expression nodes (%d bytes opaque)%n",
                    bodyBytes, typedPercent(), bodyOpaqueBytes);
            out.println("most common opaque statement and expression causes (nodes, bytes):");
            for (var e : top(treeCauses)) {
                out.printf("  %7d %9d  %s%n", e.getValue()[0], e.getValue()[1], e.getKey());
            }
        }
        out.printf("time %.2f s, %.1f MB/s%n", seconds, bytes / 1e6 / Math.max(seconds, 1e-9));
        if (roundtrip) {
            out.printf("round trip: %d of %d files byte-identical%n", files - failures.size(), files);
            failures.forEach(f -> out.println("  differs: " + f));
        }
    }

    /** One JSON object; {@code listed} holds the {@code --list} entries as JSON objects, or is null. */
    void printJson(PrintWriter out, boolean roundtrip, List<String> listed) {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"files\": ").append(files).append(", \"bytes\": ").append(bytes)
                .append(", \"symlinksSkipped\": ").append(symlinks)
                .append(", \"functions\": ").append(functions).append(", \"prototypes\": ").append(prototypes)
                .append(", \"structs\": ").append(structs).append(", \"opaqueRegions\": ").append(opaque)
                .append(", \"opaqueBytes\": ").append(opaqueBytes)
                .append(String.format(", \"opaquePercent\": %.3f", opaquePercent()))
                .append(", \"opaqueCauses\": [");
        String sep = "";
        for (var e : topCauses()) {
            sb.append(sep).append("{\"cause\": ").append(Json.str(e.getKey())).append(", \"regions\": ")
                    .append(e.getValue()[0]).append(", \"bytes\": ").append(e.getValue()[1]).append('}');
            sep = ", ";
        }
        sb.append(']');
        if (coverage) {
            sb.append(", \"bodyBytes\": ").append(bodyBytes).append(", \"bodyOpaqueBytes\": ").append(bodyOpaqueBytes)
                    .append(String.format(", \"typedBodyPercent\": %.3f", typedPercent()));
        }
        sb.append(String.format(", \"seconds\": %.2f", seconds));
        if (roundtrip) {
            sb.append(", \"roundTrip\": {\"identical\": ").append(files - failures.size()).append(", \"differs\": [");
            sep = "";
            for (String f : failures) {
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
