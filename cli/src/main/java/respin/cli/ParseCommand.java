package respin.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jgit.lib.ObjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import respin.core.checkout.SourceTree;
import respin.core.model.COpaque;

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

    @Option(names = "--roundtrip", description = "Print each file back from its syntax tree (tokens and the "
            + "trivia between them) and compare bytes.")
    boolean roundtrip;

    @Option(names = "--stats", description = "Print counts and opaque regions per file, the most common "
            + "opaque causes, and the share of function-body bytes in typed statement and expression nodes.")
    boolean stats;

    @Option(names = "--json", description = "Print the totals (and the --list entries) as one JSON object.")
    boolean json;

    @Option(names = "--list", paramLabel = "KIND", split = ",", description = "Print 'path:line name' for every "
            + "one of ${COMPLETION-CANDIDATES} (definitions, prototypes, named records); with several kinds, "
            + "a tab and the kind follow.")
    Set<FileStats.Listing> listing = EnumSet.noneOf(FileStats.Listing.class);

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Paths or folders in the tree (default: all).")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        ParseTotals totals = new ParseTotals();
        List<String> listed = json && !listing.isEmpty() ? new ArrayList<>() : null;
        try (SourceTree t = SourceTree.open(repo != null ? repo : BundledTree.prepare(), base)) {
            List<SourceTree.Entry> wanted = t.cFiles().stream().filter(e -> wanted(e.path())).toList();
            totals.symlinks = t.cSymlinks().stream().filter(e -> wanted(e.path())).count();
            List<ObjectReader> readers = new CopyOnWriteArrayList<>();
            ThreadLocal<ObjectReader> reader = ThreadLocal.withInitial(() -> {
                ObjectReader r = t.repository().newObjectReader();
                readers.add(r);
                return r;
            });
            // files are parsed on every core; what is printed keeps the tree's order
            List<FileStats> all = wanted.parallelStream().map(e -> FileStats.of(e.path(), t.read(reader.get(), e),
                    roundtrip, stats, listing)).toList();
            readers.forEach(ObjectReader::close);
            for (FileStats f : all) {
                totals.add(f);
                print(out, f, listed);
            }
        }
        totals.seconds = (System.nanoTime() - t0) / 1e9;
        if (json) {
            totals.printJson(out, roundtrip, listed);
        } else {
            totals.printText(out, stats, roundtrip);
        }
        return totals.failures.isEmpty() ? 0 : Main.PROBLEMS;
    }

    private boolean wanted(String path) {
        return paths.isEmpty() || paths.stream().anyMatch(p -> path.equals(p)
                || path.startsWith(p.endsWith("/") ? p : p + "/"));
    }

    private void print(PrintWriter out, FileStats f, List<String> listed) {
        for (String item : f.listed()) {
            int sp = item.indexOf(' ');
            if (listed != null) {
                int tab = item.indexOf('\t');
                listed.add("{\"path\": " + Json.str(f.path()) + ", \"line\": " + item.substring(0, sp)
                        + ", \"name\": " + Json.str(item.substring(sp + 1, tab < 0 ? item.length() : tab))
                        + (tab < 0 ? "" : ", \"kind\": " + Json.str(item.substring(tab + 1))) + "}");
            } else {
                out.println(f.path() + ":" + item);
            }
        }
        if (stats && !json) {
            out.printf("%s: %d functions, %d prototypes, %d structs, %d opaque%n", f.path(), f.functions(),
                    f.prototypes(), f.structs(), f.opaque().size());
            for (int i = 0; i < f.opaque().size(); i++) {
                COpaque o = f.opaque().get(i);
                out.printf("  %s: opaque (%s), %d bytes%n", o.span(), f.causes().get(i), o.span().length());
            }
        }
    }
}
