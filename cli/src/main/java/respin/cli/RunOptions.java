package respin.cli;

import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Option;
import respin.core.pipeline.RunSettings;
import respin.core.progress.RunProgress;
import respin.core.scan.ScanCache;

/** How a tree-wide run reports and remembers: progress, --verbose timings, --quiet, the scan cache. */
final class RunOptions {
    @Option(names = "--verbose", description = "Say at the end where the time went (scan, parse, index, plan, "
            + "format, checks), what the scan cache did and how many files were read and parsed.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no notes on stderr.")
    boolean quiet;

    @Option(names = "--no-cache", description = "Neither read nor write the scan cache and its parsed models by blob "
            + "(default: $RESPIN_CACHE/scan, else $XDG_CACHE_HOME/respin/scan, else ~/.cache/respin/scan).")
    boolean noCache;

    @Option(names = "--cache", paramLabel = "DIR", description = "The scan cache's folder (default: as above, "
            + "for trees of 2000 C files or more).")
    java.io.File cacheDir;

    private RunProgress progress;
    private ProgressPrinter printer;

    /** The run's progress; printed on {@code err} while it lasts when that is a terminal and not --quiet. */
    RunProgress progress(PrintWriter err) {
        if (progress == null) {
            printer = new ProgressPrinter(err, quiet, !quiet && Pager.isTerminal(2));
            progress = new RunProgress(printer);
        }
        return progress;
    }

    ScanCache cache() {
        return noCache ? null : cacheDir != null ? new ScanCache(cacheDir.toPath()) : ScanCache.userDefault();
    }

    /** This run's cache and progress; checkpatch.pl stopped after {@code timeout}, with a note on {@code err}. */
    RunSettings settings(PrintWriter err, Duration timeout) {
        return new RunSettings(cache(), progress(err), timeout, line -> err.println("respin: " + line));
    }

    /** Ends the progress line and, with --verbose, prints the summary. */
    void finish(PrintWriter err) {
        if (progress == null) {
            return;
        }
        progress.phase("done");
        printer.clear();
        if (verbose) {
            err.println("respin: " + progress.summary().replace(", done 0.00 s", ""));
            progress.details().forEach(d -> err.println("respin: " + d));
            err.flush();
        }
    }
}
