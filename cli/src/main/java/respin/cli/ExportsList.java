package respin.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeMap;
import respin.core.index.ExportUsers;
import respin.core.model.source.Span;
import respin.core.pipeline.ExportsQuery;

/** Prints {@code respin explain --exports}: one block per exported symbol, its users outside listed. */
final class ExportsList {
    private ExportsList() {
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static void print(PrintWriter out, ExportsQuery.Result result, List<String> inside) {
        String where = String.join(", ", inside);
        result.notExported().forEach(missing -> out.printf("%s: not exported under %s%n", missing, where));
        for (ExportUsers r : result.exports()) {
            var e = r.export();
            if (r.users().isEmpty()) {
                out.printf("%s (%s at %s): no users outside%n", e.symbol(), e.macro(), e.span());
                continue;
            }
            TreeMap<String, Integer> files = new TreeMap<>();
            r.users().forEach(s -> files.merge(s.file(), 1, Integer::sum));
            out.printf("%s (%s at %s): %s in %s outside%n", e.symbol(), e.macro(), e.span(),
                    count(r.users().size(), "use"), count(files.size(), "file"));
            for (Span s : r.users()) {
                out.printf("  %s%n", s);
            }
        }
        out.printf("%n%d exported symbols under %s, %d with no users outside%n", result.exports().size(), where,
                result.unused());
    }
}
