package respin.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import respin.core.checkout.SourceTree;
import respin.core.error.BadInputException;
import respin.core.index.ExportUsers;
import respin.core.model.CTranslationUnit;
import respin.core.model.Span;
import respin.core.parse.CSourceParser;
import respin.core.scan.CandidateScan;

/** The text of {@code respin explain --exports}: one block per exported symbol, users outside listed. */
final class ExportsReport {
    private ExportsReport() {
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static void print(PrintWriter out, SourceTree tree, List<String> inside, List<String> only) {
        CandidateScan scan = new CandidateScan(tree, CSourceParser::parse);
        List<CTranslationUnit> exporting = scan.parseWhere(p -> ExportUsers.isInside(p, inside));
        if (exporting.isEmpty()) {
            throw new BadInputException("no C file under " + String.join(", ", inside));
        }
        Set<String> names = ExportUsers.names(exporting);
        if (!only.isEmpty()) {
            names.retainAll(only);
        }
        List<ExportUsers> report = ExportUsers.of(inside, exporting, scan.parse(names)).stream()
                .filter(r -> names.contains(r.export().symbol())).toList();
        for (String missing : only) {
            if (!names.contains(missing)) {
                out.printf("%s: not exported under %s%n", missing, String.join(", ", inside));
            }
        }
        int unused = 0;
        for (ExportUsers r : report) {
            var e = r.export();
            TreeMap<String, Integer> files = new TreeMap<>();
            r.users().forEach(s -> files.merge(s.file(), 1, Integer::sum));
            if (r.users().isEmpty()) {
                unused++;
                out.printf("%s (%s at %s): no users outside%n", e.symbol(), e.macro(), e.span());
                continue;
            }
            out.printf("%s (%s at %s): %s in %s outside%n", e.symbol(), e.macro(), e.span(),
                    count(r.users().size(), "use"), count(files.size(), "file"));
            for (Span s : r.users()) {
                out.printf("  %s%n", s);
            }
        }
        out.printf("%n%d exported symbols under %s, %d with no users outside%n", report.size(),
                String.join(", ", inside), unused);
    }
}
