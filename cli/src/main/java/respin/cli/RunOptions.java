package respin.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;
import respin.core.progress.RunProgress;
import respin.core.scan.ScanCache;

/** How a tree-wide run reports and remembers: progress, --verbose timings, --quiet, the scan cache. */
final class RunOptions {
    @Option(names = "--verbose", description = "Say at the end where the time went (scan, parse, index, plan, "
            + "format, checks), what the scan cache did and how many files were read and parsed.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no notes on stderr.")
    boolean quiet;

    @Option(names = "--no-cache", description = "Neither read nor write the scan cache (default: $RESPIN_CACHE/scan, "
            + "else $XDG_CACHE_HOME/respin/scan, else ~/.cache/respin/scan).")
    boolean noCache;

    @Option(names = "--cache", paramLabel = "DIR", description = "The scan cache's folder (default: as above, "
            + "for trees of 2000 C files or more).")
    java.io.File cacheDir;

    private RunProgress progress;
    private ProgressPrinter printer;

    /** The run's progress; printed on {@code err} while it lasts when that is a terminal and not --quiet. */
    RunProgress progress(PrintWriter err) {
        if (progress == null) {
            printer = new ProgressPrinter(err, quiet, !quiet && stderrIsTerminal());
            progress = new RunProgress(printer);
        }
        return progress;
    }

    /** Whether stderr is a terminal: Linux names it in /proc; elsewhere, whether there is a console. */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    ScanCache cache() {
        return noCache ? null : cacheDir != null ? new ScanCache(cacheDir.toPath()) : ScanCache.userDefault();
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
