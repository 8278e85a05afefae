package respin.core.pipeline;

import java.util.List;
import respin.core.checkout.SourceTree;
import respin.core.index.SymbolIndex;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;
import respin.core.plan.Plan;
import respin.core.plan.Planner;
import respin.core.plan.Recipe;
import respin.core.plan.SeriesTypeCheck;
import respin.core.plan.StepContents;
import respin.core.plan.WouldNotCompile;
import respin.core.scan.CandidateScan;

/**
 * A recipe run over one commit, up to the edited files: candidate scan, parse,
 * index, plan, edits, and the plan's types checked at every patch
 * ({@code wouldNotCompile}: empty when every patch builds as far as respin can tell).
 * The series and the checks take it from here.
 */
public record Migration(SourceTree tree, List<CTranslationUnit> parsed, SymbolIndex index, Plan plan,
        StepContents contents, List<WouldNotCompile> wouldNotCompile) {

    public static Migration run(SourceTree tree, Recipe recipe) {
        CandidateScan scan = new CandidateScan(tree, CSourceParser::parse);
        List<CTranslationUnit> parsed = scan.parse(recipe.identifiers());
        SymbolIndex index = new SymbolIndex(parsed);
        index.onMiss(name -> scan.headersMentioning(name, index.paths())).fileLoader(scan::file);
        Plan plan = new Planner(index).plan(recipe);
        StepContents contents = new StepContents(plan, index);
        return new Migration(tree, parsed, index, plan, contents,
                SeriesTypeCheck.standard().check(plan, index, contents));
    }

    /** {@code the series is not bisectable as it stands: patch 2 of 3 would not compile}, or null. */
    public String verdict() {
        return SeriesTypeCheck.verdict(wouldNotCompile, plan.steps().size());
    }
}
