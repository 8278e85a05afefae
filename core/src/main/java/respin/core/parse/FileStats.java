package respin.core.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import respin.core.model.CFunction;
import respin.core.model.COpaque;
import respin.core.model.CRecord;
import respin.core.model.CTranslationUnit;
import respin.core.model.tree.CTreeCoverage;
import respin.core.parse.tree.SyntaxTrees;

/**
 * What one file contributes to {@code respin parse}'s report; the model itself is
 * dropped once counted. {@code listed} holds the {@code line name} pairs asked for
 * by {@code --list}, {@code causes} the cause of each opaque region in order.
 */
public record FileStats(String path, long bytes, long functions, long prototypes, long structs, List<COpaque> opaque,
        List<String> causes, List<String> listed, boolean roundTrips, CTreeCoverage coverage) {

    /** What {@code --list} can print. */
    public enum Listing { functions, prototypes, structs }

    /**
     * The file's figures; with {@code roundtrip} the file is printed from its syntax tree and
     * compared, with {@code coverage} the tree's typed share of function bodies is measured
     * ({@code coverage} is null without it).
     */
    public static FileStats of(String path, byte[] content, boolean roundtrip, boolean coverage, Set<Listing> listing) {
        CTranslationUnit u = CSourceParser.parse(path, content);
        long defs = u.functions().stream().filter(CFunction::isDefinition).count();
        boolean same = !roundtrip || Arrays.equals(
                SyntaxTrees.print(u.syntax(), u.text()).getBytes(StandardCharsets.ISO_8859_1), content);
        List<String> causes = OpaqueCause.all(u);
        return new FileStats(path, content.length, defs, u.functions().size() - defs, u.records().size(),
                u.opaque(), causes, list(u, listing), same, coverage ? CTreeCoverage.of(u.syntax()) : null);
    }

    /** {@code line name}, followed by {@code \tkind} when more than one kind is listed. */
    private static List<String> list(CTranslationUnit u, Set<Listing> listing) {
        List<String> out = new ArrayList<>();
        String many = listing.size() > 1 ? "\t" : null;
        for (CFunction f : u.functions()) {
            Listing kind = f.isDefinition() ? Listing.functions : Listing.prototypes;
            if (listing.contains(kind)) {
                out.add(f.nameSpan().line() + " " + f.name() + (many == null ? "" : many + kind));
            }
        }
        if (listing.contains(Listing.structs)) {
            for (CRecord r : u.records()) {
                if (r.name() != null) {
                    out.add(r.span().line() + " " + r.kind() + " " + r.name() + (many == null ? "" : many + "structs"));
                }
            }
        }
        return out;
    }
}
