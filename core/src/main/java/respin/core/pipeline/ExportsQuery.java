package respin.core.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import respin.core.checkout.SourceTree;
import respin.core.error.BadInputException;
import respin.core.index.ExportUsers;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;
import respin.core.scan.CandidateScan;

/**
 * {@code respin explain --exports}: the symbols exported from the files under some folders and
 * their users outside those folders (checkout, scan, parse, index; no recipe). Configure, then
 * {@link #call()} once.
 */
public final class ExportsQuery {
    /**
     * The exports (those asked for, or all) with their users outside, and the asked-for names
     * that are not exported there.
     */
    public record Result(List<ExportUsers> exports, List<String> notExported) {
        public Result {
            exports = List.copyOf(exports);
            notExported = List.copyOf(notExported);
        }

        /** How many exports have no user outside. */
        public int unused() {
            return (int) exports.stream().filter(r -> r.users().isEmpty()).count();
        }
    }

    private final SourceTree tree;
    private List<String> inside = List.of();
    private List<String> only = List.of();

    public ExportsQuery(SourceTree tree) {
        this.tree = Objects.requireNonNull(tree, "tree");
    }

    /** The folders of the subsystem ({@code virt/kvm}). */
    public ExportsQuery inside(List<String> folders) {
        this.inside = List.copyOf(folders);
        return this;
    }

    /** Only these symbols (default: every one exported there). */
    public ExportsQuery only(List<String> symbols) {
        this.only = List.copyOf(symbols);
        return this;
    }

    /** @throws BadInputException if no C file lies under the folders */
    public Result call() {
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
        return new Result(report, only.stream().filter(s -> !names.contains(s)).toList());
    }
}
