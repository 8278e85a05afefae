package respin.core.pipeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import respin.core.checkout.SourceTree;
import respin.core.error.Checkpoint;
import respin.core.index.CalledThrough;
import respin.core.index.SymbolIndex;
import respin.core.model.CTranslationUnit;
import respin.core.model.LazySyntax;
import respin.core.parse.CSourceParser;
import respin.core.plan.Plan;
import respin.core.plan.Planner;
import respin.core.plan.Recipe;
import respin.core.plan.SeriesTypeCheck;
import respin.core.plan.Split;
import respin.core.plan.StepContents;
import respin.core.plan.WouldNotCompile;
import respin.core.plan.split.DirectoryGrouping;
import respin.core.plan.split.FileGrouping;
import respin.core.plan.split.SplitSteps;
import respin.core.progress.RunProgress;
import respin.core.scan.CandidateScan;
import respin.core.scan.ScanCache;
import respin.core.series.diff.PreviewDiff;
import respin.core.series.kernel.MaintainerGrouping;

/**
 * A recipe run over one commit, up to the edited files: checkout (the tree of a revision),
 * candidate scan, parse, index, plan, edits, and the plan's types checked at every patch
 * ({@code wouldNotCompile}: empty when every patch builds as far as respin can tell).
 * {@link SeriesRun} takes it on to commits, patch files and checks; {@code explain} and
 * {@code diff} print it as it is.
 */
public record Pipeline(SourceTree tree, List<CTranslationUnit> parsed, SymbolIndex index, Plan plan,
        StepContents contents, List<WouldNotCompile> wouldNotCompile) {

    /** Runs the stages of {@code recipe} on {@code tree}; the tree stays open, its caller closes it. */
    public static Pipeline run(SourceTree tree, Recipe recipe) {
        return run(tree, recipe, null, RunProgress.silent());
    }

    /**
     * As {@link #run(SourceTree, Recipe)}, asking and filling the scan {@code cache} (none when
     * null) and telling {@code progress} each phase.
     */
    public static Pipeline run(SourceTree tree, Recipe recipe, ScanCache cache, RunProgress progress) {
        CandidateScan scan = new CandidateScan(tree, CSourceParser.units(), cache, progress);
        List<CTranslationUnit> parsed = scan.parse(recipe.identifiers());
        Checkpoint.reach("scanned");
        progress.phase("index");
        SymbolIndex index = indexed(scan, parsed);
        Checkpoint.reach("indexed");
        progress.phase("plan");
        Plan plan = SplitSteps.apply(new Planner(index).plan(recipe), split -> grouping(tree, split));
        progress.sites(plan.sites().size());
        StepContents contents = new StepContents(plan, index);
        List<WouldNotCompile> broken = SeriesTypeCheck.standard().check(plan, index, contents, scan::text);
        // planned and checked: edits, sites and texts hold no node, so the trees can go
        index.units().forEach(u -> u.syntaxTree().release());
        progress.detail(scan.cacheAccount() + "; " + tree.readCount() + "; " + LazySyntax.account());
        return new Pipeline(tree, parsed, index, plan, contents, broken);
    }

    /**
     * The index the plan runs on, built once: the candidate files and the headers that declare
     * the file-scope names they call through ({@link CalledThrough}).
     */
    private static SymbolIndex indexed(CandidateScan scan, List<CTranslationUnit> parsed) {
        SymbolIndex first = new SymbolIndex(parsed);
        Set<String> names = CalledThrough.undeclared(first);
        SymbolIndex index = first;
        if (!names.isEmpty()) {
            Map<String, CTranslationUnit> all = new LinkedHashMap<>();
            parsed.forEach(u -> all.put(u.path(), u));
            for (String name : names) {
                scan.headersMentioning(name, all.keySet()).forEach(h -> all.putIfAbsent(h.path(), h));
            }
            index = new SymbolIndex(all.values());
        }
        return index.fileLoader(scan::file).wordLoader(scan::filesNaming);
    }

    /** The grouping of {@code split}: MAINTAINERS sections at the tree's commit, or directories. */
    private static FileGrouping grouping(SourceTree tree, Split split) {
        return split.kind() == Split.Kind.BY_MAINTAINER
                ? MaintainerGrouping.at(tree.repository(), tree.commit(), Split.DEFAULT_DEPTH)
                : new DirectoryGrouping(split.depth());
    }

    /** {@code the series is not bisectable as it stands: patch 2 of 3 would not compile}, or null. */
    public String verdict() {
        return SeriesTypeCheck.verdict(wouldNotCompile, plan.steps().size());
    }

    /**
     * The whole change as {@code git diff BASE TIP} of the series branch would print it, in git's
     * colours when {@code color}; nothing is written to the repository.
     */
    public byte[] diff(boolean color) throws IOException {
        return new PreviewDiff(tree.repository(), tree.commit(), contents.lastBytes()).color(color).call();
    }
}
