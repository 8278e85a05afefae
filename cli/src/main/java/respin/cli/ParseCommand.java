package respin.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import respin.core.checkout.BundledRepository;
import respin.core.checkout.SourceTree;
import respin.core.parse.FileStats;
import respin.core.parse.ParseTotals;
import respin.core.parse.TreeParse;

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

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "32M", converter = SizeConverter.class,
            description = "C files over SIZE are skipped and named on stderr (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Paths or folders in the tree (default: all).")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> listed = json && !listing.isEmpty() ? new ArrayList<>() : null;
        ParseTotals totals;
        PrintWriter err = spec.commandLine().getErr();
        try (SourceTree t = SourceTree.open(repo != null ? repo : BundledRepository.prepare(ParseCommand.class), base)
                .maxFileSize(maxFileSize, line -> {
                    synchronized (err) {
                        err.println("respin: " + line);
                    }
                })) {
            t.preferWorkTree(); // unchanged files from the work tree, the listing from the index when it can
            totals = new TreeParse(t).paths(paths).roundtrip(roundtrip).coverage(stats).listing(listing).call();
        }
        totals.perFile().forEach(f -> ParseReport.file(out, f, stats && !json, listed));
        if (json) {
            ParseReport.json(out, totals, roundtrip, listed);
        } else {
            ParseReport.text(out, totals, stats, roundtrip);
        }
        return totals.failures().isEmpty() ? 0 : Main.PROBLEMS;
    }
}
