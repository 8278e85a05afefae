package respin.core.pipeline;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link GrepCheck} found: per name ({@code f()} or {@code ->member}, sorted), how many
 * hits of each kind; and each unexplained hit as {@code file:line:col: the line}.
 */
public record GrepReport(Map<String, Map<String, Integer>> table, List<String> unexplained) {
    /** The kinds of hit, in the order a report shows them. */
    public static final List<String> KINDS = List.of("plan", "comment", "string", "export", "other", "macro",
            "unnamed", "unexplained");

    public GrepReport {
        table = Collections.unmodifiableSortedMap(new TreeMap<>(table));
        unexplained = List.copyOf(unexplained);
    }

    /** The hits of {@code name} of {@code kind}. */
    public int count(String name, String kind) {
        return table.getOrDefault(name, Map.of()).getOrDefault(kind, 0);
    }

    /** All hits of {@code name}. */
    public int total(String name) {
        return table.getOrDefault(name, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }
}
