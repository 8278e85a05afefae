package respin.core.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sums {@code respin parse} reports over the files of a {@link TreeParse}: counts, opaque
 * regions by cause, the files that do not round-trip, the symbolic links skipped, the time.
 */
public final class ParseTotals {
    /** How many opaque causes the report names. */
    public static final int TOP_CAUSES = 10;

    private final List<FileStats> perFile = new ArrayList<>();
    private long files;
    private long bytes;
    private long functions;
    private long prototypes;
    private long structs;
    private long opaque;
    private long opaqueBytes;
    private long symlinks;
    private double seconds;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, long[]> causes = new HashMap<>();
    private long bodyBytes;
    private long bodyOpaqueBytes;
    private boolean coverage;
    private final Map<String, long[]> treeCauses = new HashMap<>();

    ParseTotals(long symlinks) {
        this.symlinks = symlinks;
    }

    void add(FileStats f) {
        perFile.add(f);
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

    void seconds(double s) {
        this.seconds = s;
    }

    /** Each file's counts, in the tree's order. */
    public List<FileStats> perFile() {
        return Collections.unmodifiableList(perFile);
    }

    public long files() {
        return files;
    }

    public long bytes() {
        return bytes;
    }

    public long functions() {
        return functions;
    }

    public long prototypes() {
        return prototypes;
    }

    public long structs() {
        return structs;
    }

    public long opaque() {
        return opaque;
    }

    public long opaqueBytes() {
        return opaqueBytes;
    }

    /** Symbolic links named *.c or *.h, skipped (a link's blob is its target's path, not C). */
    public long symlinks() {
        return symlinks;
    }

    public double seconds() {
        return seconds;
    }

    /** The files whose printed model differs from their bytes. */
    public List<String> failures() {
        return Collections.unmodifiableList(failures);
    }

    /** True when the syntax tree's coverage of function bodies was measured. */
    public boolean coverage() {
        return coverage;
    }

    /** Bytes inside function bodies, and of them the bytes in opaque statement and expression nodes. */
    public long bodyBytes() {
        return bodyBytes;
    }

    public long bodyOpaqueBytes() {
        return bodyOpaqueBytes;
    }

    /** The share of function-body bytes in typed statement and expression nodes, in percent. */
    public double typedPercent() {
        return bodyBytes == 0 ? 100.0 : 100.0 * (bodyBytes - bodyOpaqueBytes) / bodyBytes;
    }

    /** The most common causes of opaque statement and expression nodes: {nodes, bytes} per cause. */
    public List<Map.Entry<String, long[]>> topTreeCauses() {
        return top(treeCauses);
    }

    /** The most common causes, by region count, then by name: {regions, bytes} per cause. */
    public List<Map.Entry<String, long[]>> topCauses() {
        return top(causes);
    }

    private static List<Map.Entry<String, long[]>> top(Map<String, long[]> causes) {
        return causes.entrySet().stream().sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey)).limit(TOP_CAUSES).toList();
    }

    public double opaquePercent() {
        return bytes == 0 ? 0.0 : 100.0 * opaqueBytes / bytes;
    }
}
