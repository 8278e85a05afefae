package respin.cli;

import java.io.PrintWriter;
import respin.core.progress.ProgressListener;
import respin.core.progress.RunProgress;

/**
 * The status line of a long run on stderr: phase, files scanned and parsed, sites, patches done,
 * elapsed seconds, rewritten in place at most ten times a second, shown only on a terminal
 * and once the run has lasted a second. Notes are printed as lines unless quiet.
 */
final class ProgressPrinter implements ProgressListener {
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean live;
    private long last;
    private int width;

    ProgressPrinter(PrintWriter err, boolean quiet, boolean live) {
        this.err = err;
        this.quiet = quiet;
        this.live = live;
    }

    /** The status text for {@code run}. */
    static String line(RunProgress run) {
        StringBuilder sb = new StringBuilder("respin: ").append(run.phase());
        if (run.toScan() > 0) {
            sb.append(", scanned ").append(run.scanned()).append('/').append(run.toScan());
        }
        sb.append(", parsed ").append(run.parsed());
        if (run.sites() > 0) {
            sb.append(", sites ").append(run.sites());
        }
        if (run.patches() > 0) {
            sb.append(", patches ").append(run.patchesDone()).append('/').append(run.patches());
        }
        return sb.append(String.format(", %.1f s", run.elapsed())).toString();
    }

    @Override
    public synchronized void changed(RunProgress run) {
        if (!live || run.elapsed() < 1) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < 100_000_000L) {
            return;
        }
        last = now;
        String l = line(run);
        err.print("\r" + l + " ".repeat(Math.max(0, width - l.length())));
        err.flush();
        width = l.length();
    }

    @Override
    public synchronized void note(String message) {
        if (quiet) {
            return;
        }
        clear();
        err.println("respin: " + message);
        err.flush();
    }

    /** Wipes the status line, if one is shown. */
    synchronized void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
