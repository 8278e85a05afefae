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

/**
 * What one file contributes to {@code respin parse}'s report; the model itself is
 * dropped once counted. {@code listed} holds the {@code line name} pairs asked for
 * by {@code --list}, {@code causes} the cause of each opaque region in order.
 */
public record FileStats(String path, long bytes, long functions, long prototypes, long structs, List<COpaque> opaque,
        List<String> causes, List<String> listed, boolean roundTrips) {

    /** What {@code --list} can print. */
    public enum Listing { functions, prototypes, structs }

    /** Parses {@code content} and counts; {@code roundtrip}: also print it back and compare the bytes. */
    public static FileStats of(String path, byte[] content, boolean roundtrip, Set<Listing> listing) {
        CTranslationUnit u = CSourceParser.parse(path, content);
        long defs = u.functions().stream().filter(CFunction::isDefinition).count();
        boolean same = !roundtrip || Arrays.equals(
                CSourceParser.print(u.text()).getBytes(StandardCharsets.ISO_8859_1), content);
        List<String> causes = OpaqueCause.all(u);
        return new FileStats(path, content.length, defs, u.functions().size() - defs, u.records().size(),
                u.opaque(), causes, list(u, listing), same);
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
