package respin.cli;

import java.io.PrintWriter;
import respin.core.pipeline.Pipeline;
import respin.core.pipeline.SeriesReport;
import respin.core.series.mail.PatchFile;

/** Prints what {@code respin series} and {@code respin rebase} wrote: patches, branch, checks. */
final class SeriesSummary {
    private SeriesSummary() {
    }

    /** The summary of {@code r}, made on the revision named {@code what}; returns the exit code. */
    static int print(PrintWriter out, SeriesReport r, String what, String branchNote) {
        Pipeline p = r.pipeline();
        out.printf("respin: %s on %s (%s)%n", p.plan().recipe().name(), what, p.tree().commit().abbreviate(12).name());
        out.printf("  %d patches, %d files changed, %d sites, %d left for a human, %d files parsed%n",
                p.plan().steps().size(), r.filesChanged(), p.plan().sites().size(), p.plan().leftovers().size(),
                p.parsed().size());
        for (PatchFile f : r.patches()) {
            out.printf("  %s%n", f.fileName());
        }
        p.plan().leftovers().forEach(l -> out.printf("  left for a human: %s%n", l));
        p.wouldNotCompile().forEach(w -> out.printf("  would not compile: %s%n", w));
        if (p.verdict() != null) {
            out.printf("  %s%n", p.verdict());
        }
        out.printf("  branch %s -> %s%s%n", r.series().branch(), r.series().tip().abbreviate(12).name(), branchNote);
        out.printf("wrote %d files to %s%n", r.patches().size(), r.dir());
        long errors = r.errors();
        long warnings = r.warnings();
        out.printf("checks: %d errors, %d warnings in %d patches%s%s%s%n", errors, warnings, r.checks().size(),
                errors + warnings > 0 && !r.patchProblems() ? ", all in the cover letter" : "",
                r.withCheckpatch() ? " (respin's rules and the revision's scripts/checkpatch.pl)" : "",
                errors + warnings == 0 ? "" : " (respin check " + r.dir() + "/*.patch for the report)");
        return r.patchProblems() || !p.wouldNotCompile().isEmpty() ? Main.PROBLEMS : 0;
    }

    /** The subject prefixes learned from history, one line each. */
    static void prefixes(PrintWriter out, java.util.List<String> choices) {
        choices.forEach(c -> out.printf("  %s%n", c));
    }
}
