package respin.core.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import respin.core.checkout.SourceTree;
import respin.core.series.commit.ExecEach;

/**
 * What {@link MakeSeries} did: nothing ({@link #isEmpty()}: the recipe finds nothing to do), or
 * a version written and recorded under {@code name} with {@code changeId}. {@code signerFallback}:
 * the repository named nobody and no sign-off was given, so respin signed as itself.
 * {@code replacedBranch}: the branch of the version of the same number recorded before this run
 * replaced it, or null. Holds the tree open for {@link #exec}; close it.
 */
public record SeriesOutcome(SourceTree tree, String name, int version, SeriesRun run, SeriesReport report,
        String changeId, boolean signerFallback, String replacedBranch) implements AutoCloseable {

    public boolean isEmpty() {
        return report == null;
    }

    /** Runs {@code sh -c command} at every patch (see {@link ExecEach}), its output on {@code log}. */
    public ExecEach.Result exec(String command, PrintWriter log) throws IOException {
        return run.exec(report.series(), command, log);
    }

    @Override
    public void close() {
        tree.close();
    }
}
