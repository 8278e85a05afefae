package respin.core.pipeline;

import java.io.File;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import respin.core.check.report.CheckResult;
import respin.core.check.report.Level;
import respin.core.series.commit.Series;
import respin.core.series.mail.PatchFile;

/**
 * A version of a series as written: the pipeline that planned it, its commits, the patch files
 * in {@code dir} and the checks on them ({@code withCheckpatch}: the revision's checkpatch.pl ran
 * too).
 */
public record SeriesReport(Pipeline pipeline, Series series, List<PatchFile> patches, File dir,
        List<CheckResult> checks, boolean withCheckpatch) {
    public SeriesReport {
        patches = List.copyOf(patches);
        checks = List.copyOf(checks);
    }

    /** How many files the plan's edits change. */
    public int filesChanged() {
        Set<String> files = new LinkedHashSet<>();
        pipeline.plan().steps().forEach(s -> s.edits().forEach(e -> files.add(e.path())));
        return files.size();
    }

    public long errors() {
        return checks.stream().mapToLong(c -> c.count(Level.ERROR)).sum();
    }

    public long warnings() {
        return checks.stream().mapToLong(c -> c.count(Level.WARNING)).sum();
    }

    /**
     * Whether a patch (not the cover letter) has findings. Like b4, findings in the cover letter
     * (no commit: its changelog, range-diff) are shown but do not fail the run.
     */
    public boolean patchProblems() {
        return checks.stream().anyMatch(c -> !c.clean() && !c.patch().isCoverLetter());
    }
}
