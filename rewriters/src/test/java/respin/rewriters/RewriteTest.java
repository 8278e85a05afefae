package respin.rewriters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import respin.core.index.SymbolIndex;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;
import respin.core.plan.NoTargetException;
import respin.core.plan.Plan;
import respin.core.plan.Planner;
import respin.core.plan.Recipe;
import respin.core.plan.RecipeStep;
import respin.core.plan.Rewriter;
import respin.core.plan.StepContents;

/**
 * Before/after harness for rewriters: whole text in, whole text out. It also checks
 * that the printed model of each input is the input, and that running the rewriters
 * again on the output changes nothing.
 */
final class RewriteTest {
    private RewriteTest() {
    }

    /** One file: its path, its text before, and its expected text after (same text: no change). */
    record Source(String path, String before, String after) {
    }

    static Source c(String before, String after) {
        return new Source("t.c", before, after);
    }

    static Source c(String path, String before, String after) {
        return new Source(path, before, after);
    }

    static Source c(String unchanged) {
        return new Source("t.c", unchanged, unchanged);
    }

    /**
     * Runs rewriters that must find nothing to change: planning refuses before any edit,
     * and the refusal's one line is returned.
     */
    static String noTargetRun(List<Rewriter> steps, Source... sources) {
        NoTargetException e = assertThrows(NoTargetException.class, () -> plan(steps, List.of(), sources, false));
        return e.getMessage();
    }

    static String noTargetRun(Rewriter rewriter, Source... sources) {
        return noTargetRun(List.of(rewriter), sources);
    }

    static Plan rewriteRun(Rewriter rewriter, Source... sources) {
        return rewriteRun(List.of(rewriter), List.of(), sources);
    }

    static Plan rewriteRun(List<Rewriter> steps, List<Rewriter> finish, Source... sources) {
        Plan plan = plan(steps, finish, sources, false);
        Plan again;
        try {
            again = plan(steps, finish, sources, true);
        } catch (NoTargetException e) {
            // a removal run again finds nothing left to remove, and says so: no edit either
            assertTrue(e.misses().stream().allMatch(m -> m.change().rewriter() instanceof RemoveField),
                    () -> "a second run finds no target: " + e.getMessage());
            return plan;
        }
        assertTrue(again.steps().isEmpty(), () -> "a second run still edits: " + again.steps());
        return plan;
    }

    private static Plan plan(List<Rewriter> steps, List<Rewriter> finish, Source[] sources, boolean after) {
        List<CTranslationUnit> units = new ArrayList<>();
        for (Source s : sources) {
            String text = after ? s.after() : s.before();
            CTranslationUnit u = CSourceParser.parse(s.path(), text);
            assertEquals(text, u.text(), "round trip of " + s.path());
            units.add(u);
        }
        SymbolIndex index = new SymbolIndex(units);
        List<RecipeStep> recipeSteps = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            recipeSteps.add(new RecipeStep("s" + i, "subject " + i, "body", List.of(steps.get(i))));
        }
        Plan plan = new Planner(index).plan(new Recipe("test", "test", "cover", "blurb", recipeSteps, finish));
        if (after) {
            return plan;
        }
        Map<String, String> got = new LinkedHashMap<>();
        for (Source s : sources) {
            got.put(s.path(), s.before());
        }
        got.putAll(new StepContents(plan, index).last());
        for (Source s : sources) {
            assertEquals(s.after(), got.get(s.path()), s.path());
        }
        return plan;
    }
}
