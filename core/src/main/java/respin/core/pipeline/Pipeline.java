package respin.core.pipeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
 * ({@link #wouldNotCompile}: empty when every patch builds as far as respin can tell).
 * {@link SeriesRun} takes it on to commits, patch files and checks; {@code explain} and
 * {@code diff} print it as it is.
 */
public final class Pipeline {
    private final SourceTree tree;
    private final List<CTranslationUnit> parsed;
    private final SymbolIndex index;
    private final Plan plan;
    private final StepContents contents;
    private final FutureTask<List<WouldNotCompile>> check;

    private Pipeline(SourceTree tree, List<CTranslationUnit> parsed, SymbolIndex index, Plan plan,
            StepContents contents, FutureTask<List<WouldNotCompile>> check) {
        this.tree = tree;
        this.parsed = parsed;
        this.index = index;
        this.plan = plan;
        this.contents = contents;
        this.check = check;
    }

    /** Runs the stages of {@code recipe} on {@code tree}; the tree stays open, its caller closes it. */
    public static Pipeline run(SourceTree tree, Recipe recipe) {
        return run(tree, recipe, null, RunProgress.silent());
    }

    /**
     * As {@link #run(SourceTree, Recipe)}, asking and filling the scan {@code cache} (none when
     * null) and telling {@code progress} each phase.
     */
    public static Pipeline run(SourceTree tree, Recipe recipe, ScanCache cache, RunProgress progress) {
        Pipeline p = start(tree, recipe, cache, progress);
        p.wouldNotCompile();
        return p;
    }

    /**
     * As {@link #run(SourceTree, Recipe, ScanCache, RunProgress)}, returning once the edits are
     * planned: the type check of the patches goes on on a thread of its own, so that a caller
     * can print the diff meanwhile; {@link #wouldNotCompile} waits for it.
     */
    public static Pipeline start(SourceTree tree, Recipe recipe, ScanCache cache, RunProgress progress) {
        CandidateScan scan = new CandidateScan(tree, CSourceParser.units(), cache, progress);
        List<CTranslationUnit> parsed = scan.parse(recipe.identifiers());
        Checkpoint.reach("scanned");
        progress.phase("index");
        SymbolIndex index = indexed(scan, parsed);
        Checkpoint.reach("indexed");
        prefetchTrees(index, recipe);
        progress.phase("plan");
        Plan plan = SplitSteps.apply(new Planner(index).plan(recipe), split -> grouping(tree, split));
        progress.sites(plan.sites().size());
        StepContents contents = new StepContents(plan, index);
        FutureTask<List<WouldNotCompile>> check = new FutureTask<>(() -> {
            try {
                return SeriesTypeCheck.standard().check(plan, index, contents, scan::text);
            } finally {
                // planned and checked: edits, sites and texts hold no node, so the trees can go
                index.units().forEach(u -> u.syntaxTree().release());
                progress.detail(scan.cacheAccount() + "; " + tree.readCount() + "; " + LazySyntax.account());
            }
        });
        Thread t = new Thread(check, "respin-type-check");
        t.setDaemon(true);
        t.start();
        return new Pipeline(tree, parsed, index, plan, contents, check);
    }

    public SourceTree tree() {
        return tree;
    }

    /** The files the candidate scan parsed (the index adds headers to them). */
    public List<CTranslationUnit> parsed() {
        return parsed;
    }

    public SymbolIndex index() {
        return index;
    }

    public Plan plan() {
        return plan;
    }

    public StepContents contents() {
        return contents;
    }

    /**
     * What would not compile, each at the first patch that has it (empty when every patch
     * builds as far as respin can tell); waits for the type check, and throws what it threw.
     */
    public List<WouldNotCompile> wouldNotCompile() {
        try {
            return check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the patches' types were checked", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
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

    /**
     * Starts building, on a thread of its own, the syntax trees of the files that define a
     * function the recipe names: the rewriters that change a function's body or signature ask
     * for them first, while the planner's declaration-level work runs on this core. A tree that
     * fails to build here is built again, and the failure reported, where the planner asks it.
     */
    private static void prefetchTrees(SymbolIndex index, Recipe recipe) {
        Map<String, CTranslationUnit> defining = new LinkedHashMap<>();
        for (String name : recipe.identifiers()) {
            index.definitions(name).forEach(d -> defining.putIfAbsent(d.path(), d.unit()));
        }
        Thread t = new Thread(() -> defining.values().forEach(u -> {
            try {
                u.syntax();
            } catch (RuntimeException e) {
                // the planner builds it again and says what went wrong
            }
        }), "respin-trees");
        t.setDaemon(true);
        t.start();
    }

    /** The grouping of {@code split}: MAINTAINERS sections at the tree's commit, or directories. */
    private static FileGrouping grouping(SourceTree tree, Split split) {
        return split.kind() == Split.Kind.BY_MAINTAINER
                ? MaintainerGrouping.at(tree.repository(), tree.commit(), Split.DEFAULT_DEPTH)
                : new DirectoryGrouping(split.depth());
    }

    /** {@code the series is not bisectable as it stands: patch 2 of 3 would not compile}, or null. */
    public String verdict() {
        return SeriesTypeCheck.verdict(wouldNotCompile(), plan.steps().size());
    }

    /**
     * The whole change as {@code git diff BASE TIP} of the series branch would print it, in git's
     * colours when {@code color}; nothing is written to the repository.
     */
    public byte[] diff(boolean color) throws IOException {
        return new PreviewDiff(tree.repository(), tree.commit(), contents.lastBytes()).color(color).call();
    }
}
