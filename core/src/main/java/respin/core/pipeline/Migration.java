package respin.core.pipeline;

import java.util.List;
import respin.core.checkout.SourceTree;
import respin.core.error.Checkpoint;
import respin.core.index.SymbolIndex;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;
import respin.core.plan.Plan;
import respin.core.plan.Planner;
import respin.core.plan.Recipe;
import respin.core.plan.StepContents;
import respin.core.scan.CandidateScan;

/**
 * A recipe run over one commit, up to the edited files: candidate scan, parse,
 * index, plan, edits. The series and the checks take it from here.
 */
public record Migration(SourceTree tree, List<CTranslationUnit> parsed, SymbolIndex index, Plan plan,
        StepContents contents) {

    public static Migration run(SourceTree tree, Recipe recipe) {
        CandidateScan scan = new CandidateScan(tree, CSourceParser::parse);
        List<CTranslationUnit> parsed = scan.parse(recipe.identifiers());
        Checkpoint.reach("scanned");
        SymbolIndex index = new SymbolIndex(parsed);
        index.onMiss(name -> scan.headersMentioning(name, index.paths())).fileLoader(scan::file);
        Checkpoint.reach("indexed");
        Plan plan = new Planner(index).plan(recipe);
        return new Migration(tree, parsed, index, plan, new StepContents(plan, index));
    }
}
