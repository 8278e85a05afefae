package respin.core.pipeline;

import java.util.List;
import respin.core.checkout.SourceTree;
import respin.core.index.SymbolIndex;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;
import respin.core.plan.Plan;
import respin.core.plan.Planner;
import respin.core.plan.Recipe;
import respin.core.plan.StepContents;
import respin.core.progress.RunProgress;
import respin.core.scan.CandidateScan;
import respin.core.scan.ScanCache;

/**
 * A recipe run over one commit, up to the edited files: candidate scan, parse,
 * index, plan, edits. The series and the checks take it from here.
 */
public record Migration(SourceTree tree, List<CTranslationUnit> parsed, SymbolIndex index, Plan plan,
        StepContents contents) {

    public static Migration run(SourceTree tree, Recipe recipe) {
        return run(tree, recipe, null, RunProgress.silent());
    }

    /** A run that asks and fills {@code cache} (none when null) and reports its phases to {@code progress}. */
    public static Migration run(SourceTree tree, Recipe recipe, ScanCache cache, RunProgress progress) {
        CandidateScan scan = new CandidateScan(tree, CSourceParser::parse, cache, progress);
        List<CTranslationUnit> parsed = scan.parse(recipe.identifiers());
        progress.phase("index");
        SymbolIndex index = new SymbolIndex(parsed);
        index.onMiss(name -> scan.headersMentioning(name, index.paths())).fileLoader(scan::file);
        progress.phase("plan");
        Plan plan = new Planner(index).plan(recipe);
        progress.sites(plan.sites().size());
        StepContents contents = new StepContents(plan, index);
        progress.detail(scan.cacheAccount() + "; " + tree.readCount());
        return new Migration(tree, parsed, index, plan, contents);
    }
}
