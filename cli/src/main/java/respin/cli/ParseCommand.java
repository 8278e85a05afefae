package respin.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.ObjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import respin.core.model.COpaque;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;
import respin.core.parse.SourceTree;

/** {@code respin parse}: model coverage and the lossless round trip over a tree or some of its paths. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse C files of a tree; report functions, structs, opaque regions and round-trip failures.")
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--repo", paramLabel = "DIR", description = "Kernel checkout. Default: the bundled fixture tree.")
    File repo;

    @Option(names = "--base", paramLabel = "REV", defaultValue = "HEAD", description = "Revision (default: HEAD).")
    String base;

    @Option(names = "--roundtrip", description = "Print the tree's text back from the model and compare bytes.")
    boolean roundtrip;

    @Option(names = "--stats", description = "Print counts per file.")
    boolean stats;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Paths or folders in the tree (default: all).")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        long files = 0;
        long bytes = 0;
        long functions = 0;
        long prototypes = 0;
        long structs = 0;
        long opaque = 0;
        long opaqueBytes = 0;
        List<String> failures = new ArrayList<>();
        try (SourceTree t = SourceTree.open(repo != null ? repo : BundledTree.prepare(), base)) {
            List<SourceTree.Entry> wanted = t.cFiles().stream().filter(e -> paths.isEmpty()
                    || paths.stream().anyMatch(p -> e.path().equals(p)
                            || e.path().startsWith(p.endsWith("/") ? p : p + "/"))).toList();
            List<ObjectReader> readers = new java.util.concurrent.CopyOnWriteArrayList<>();
            ThreadLocal<ObjectReader> reader = ThreadLocal.withInitial(() -> {
                ObjectReader r = t.repository().newObjectReader();
                readers.add(r);
                return r;
            });
            // files are parsed on every core; what is printed keeps the tree's order
            List<FileStats> all = wanted.parallelStream().map(e -> FileStats.of(e.path(), t.read(reader.get(), e),
                    roundtrip)).toList();
            readers.forEach(ObjectReader::close);
            for (FileStats f : all) {
                files++;
                bytes += f.bytes();
                functions += f.functions();
                prototypes += f.prototypes();
                structs += f.structs();
                opaque += f.opaque().size();
                opaqueBytes += f.opaque().stream().mapToLong(o -> o.span().length()).sum();
                if (!f.roundTrips()) {
                    failures.add(f.path());
                }
                if (stats) {
                    out.printf("%s: %d functions, %d prototypes, %d structs, %d opaque%n", f.path(), f.functions(),
                            f.prototypes(), f.structs(), f.opaque().size());
                    for (COpaque o : f.opaque()) {
                        out.printf("  %s: opaque (%s), %d bytes%n", o.span(), o.reason(), o.span().length());
                    }
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf("files %d, bytes %d, functions %d, prototypes %d, structs %d, opaque regions %d (%d bytes, %.3f%%)%n",
                files, bytes, functions, prototypes, structs, opaque, opaqueBytes,
                bytes == 0 ? 0.0 : 100.0 * opaqueBytes / bytes);
        out.printf("time %.2f s, %.1f MB/s%n", secs, bytes / 1e6 / Math.max(secs, 1e-9));
        if (roundtrip) {
            out.printf("round trip: %d of %d files byte-identical%n", files - failures.size(), files);
            failures.forEach(f -> out.println("  differs: " + f));
        }
        return failures.isEmpty() ? 0 : Main.PROBLEMS;
    }

    /** What one file contributes to the report; the model itself is dropped once counted. */
    private record FileStats(String path, long bytes, long functions, long prototypes, long structs,
            List<COpaque> opaque, boolean roundTrips) {

        static FileStats of(String path, byte[] content, boolean roundtrip) {
            CTranslationUnit u = CSourceParser.parse(path, content);
            long defs = u.functions().stream().filter(f -> f.isDefinition()).count();
            boolean same = !roundtrip || java.util.Arrays.equals(
                    CSourceParser.print(u.text()).getBytes(StandardCharsets.ISO_8859_1), content);
            return new FileStats(path, content.length, defs, u.functions().size() - defs, u.records().size(),
                    u.opaque(), same);
        }
    }
}
