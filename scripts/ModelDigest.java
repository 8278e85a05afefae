import java.io.File;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.eclipse.jgit.lib.ObjectReader;
import respin.core.model.CTranslationUnit;
import respin.core.model.tree.CTreeDump;
import respin.core.parse.CSourceParser;
import respin.core.checkout.SourceTree;

/**
 * One line per .c/.h file of a tree: its path and a SHA-256 of the whole model
 * respin builds of it (every function, record, variable, call, member access,
 * directive, opaque region and typedef with their spans) and of its syntax tree (every
 * statement and expression node with its kind and span, as {@link CTreeDump} draws it).
 * Two builds of respin that print
 * the same lines build the same model, which is what a change made for speed
 * must show. Run by scripts/model-digest.sh.
 */
public final class ModelDigest {
    public static void main(String[] args) throws Exception {
        File repo = new File(args[0]);
        String rev = args.length > 1 ? args[1] : "HEAD";
        Map<String, String> out = new ConcurrentSkipListMap<>();
        try (SourceTree t = SourceTree.open(repo, rev)) {
            ThreadLocal<ObjectReader> reader = ThreadLocal.withInitial(() -> t.repository().newObjectReader());
            t.cFiles().parallelStream().forEach(e -> {
                CTranslationUnit u = CSourceParser.parse(e.path(), t.read(reader.get(), e));
                out.put(e.path(), sha(List.of(u.functions(), u.records(), u.variables(), u.calls(), u.accesses(),
                        u.directives(), u.opaque(), u.typedefs(), CTreeDump.of(u.syntax(), u.lines()))));
            });
        }
        StringBuilder sb = new StringBuilder();
        out.forEach((p, h) -> sb.append(p).append(' ').append(h).append('\n'));
        System.out.print(sb);
    }

    private static String sha(List<?> parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) {
                md.update(p.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
