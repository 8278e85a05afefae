package respin.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per checkpatch type, how often respin's rules and checkpatch.pl agree on a set of patches: a
 * finding both report (same patch, line, level, type, message), or both silent on a patch for
 * that type; and the findings only one of them reports.
 */
final class AgreementTable {
    private static final Pattern TERSE = Pattern.compile("^(.*?):(\\d+): (ERROR|WARNING|CHECK):([A-Z0-9_]+): (.*)$");

    /** The counts of one type. */
    static final class Row {
        /** Patch runs where both are silent on the type. */
        int silent;
        /** Findings both report. */
        int same;
        int builtinOnly;
        int checkpatchOnly;
        final List<String> examples = new ArrayList<>();

        int agreements() {
            return silent + same;
        }

        double percent() {
            int all = agreements() + builtinOnly + checkpatchOnly;
            return all == 0 ? 100 : 100.0 * agreements() / all;
        }
    }

    private final Map<String, Row> rows = new TreeMap<>();

    AgreementTable() {
        Implemented.TYPES.forEach(t -> rows.put(t, new Row()));
    }

    /** Adds one run's terse reports (with types) over {@code patches}. */
    void add(List<String> patches, String checkpatch, String respin, String run) {
        Map<String, Map<String, List<String>>> want = byPatchAndType(checkpatch);
        Map<String, Map<String, List<String>>> got = byPatchAndType(respin);
        for (String patch : patches) {
            for (Map.Entry<String, Row> e : rows.entrySet()) {
                List<String> w = new ArrayList<>(want.getOrDefault(patch, Map.of()).getOrDefault(e.getKey(), List.of()));
                List<String> g = new ArrayList<>(got.getOrDefault(patch, Map.of()).getOrDefault(e.getKey(), List.of()));
                Row row = e.getValue();
                if (w.isEmpty() && g.isEmpty()) {
                    row.silent++;
                    continue;
                }
                for (String f : List.copyOf(g)) {
                    if (w.remove(f)) {
                        g.remove(f);
                        row.same++;
                    }
                }
                row.builtinOnly += g.size();
                row.checkpatchOnly += w.size();
                g.forEach(f -> example(row, run + " respin only: " + f));
                w.forEach(f -> example(row, run + " checkpatch only: " + f));
            }
        }
    }

    private static void example(Row row, String text) {
        if (row.examples.size() < 5) {
            row.examples.add(text);
        }
    }

    private static Map<String, Map<String, List<String>>> byPatchAndType(String terse) {
        Map<String, Map<String, List<String>>> out = new HashMap<>();
        for (String line : terse.split("\n")) {
            Matcher m = TERSE.matcher(line);
            if (m.find() && Implemented.covers(m.group(4), m.group(5))) {
                out.computeIfAbsent(m.group(1), k -> new HashMap<>())
                        .computeIfAbsent(m.group(4), k -> new ArrayList<>()).add(line);
            }
        }
        return out;
    }

    Map<String, Row> rows() {
        return rows;
    }

    /** The table, one line per type. */
    String format(int patches, String runs) {
        StringBuilder out = new StringBuilder(String.format("%d patches, %s%n", patches, runs));
        out.append(String.format("%-23s %10s %13s %12s %13s %15s %9s%n", "type", "agreements", "(same finding",
                "both silent)", "built-in only", "checkpatch only", "agreement"));
        rows.forEach((type, r) -> out.append(String.format("%-23s %10d %13d %12d %13d %15d %8.2f%%%n", type,
                r.agreements(), r.same, r.silent, r.builtinOnly, r.checkpatchOnly, r.percent())));
        return out.toString();
    }
}
