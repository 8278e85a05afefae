package respin.core.plan.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.edit.TextEdit;
import respin.core.plan.Plan;
import respin.core.plan.PlannedStep;
import respin.core.plan.Recipe;
import respin.core.plan.RecipeStep;
import respin.core.plan.Split;

class SplitStepsTest {
    private static final Split BY_DIR = Split.parse("by-directory").orElseThrow();

    private static TextEdit edit(String path, int at) {
        return TextEdit.insert(path, at, "x", "test");
    }

    private static Plan plan(Split core, Split drivers) {
        Recipe r = new Recipe("r", "d", "s", "", List.of(new RecipeStep("core", "foo: Core", "Core body.", List.of(),
                core), new RecipeStep("drivers", "Drivers", "", List.of(), drivers)), List.of());
        return new Plan(r, List.of(
                new PlannedStep("core", "foo: Core", "Core body.", List.of(edit("include/foo.h", 1),
                        edit("drivers/foo/core.c", 2))),
                new PlannedStep("drivers", "Drivers", "", List.of(edit("sound/b.c", 1), edit("drivers/net/a.c", 1),
                        edit("sound/a.c", 3), edit("drivers/net/a.c", 9)))),
                List.of(), List.of(), List.of("an earlier note"), List.of());
    }

    @Test
    void aPlanWithoutSplitStepsIsReturnedAsItIs() {
        Plan p = plan(Split.NONE, Split.NONE);
        assertSame(p, SplitSteps.apply(p, s -> {
            throw new AssertionError("no grouping is needed");
        }));
    }

    @Test
    void aSplitStepBecomesOnePatchPerGroupInGroupOrderAndTheOthersStayWhole() {
        Plan p = SplitSteps.apply(plan(Split.NONE, BY_DIR), s -> new DirectoryGrouping(s.depth()));
        assertEquals(List.of("core", "drivers/drivers-net", "drivers/sound"),
                p.steps().stream().map(PlannedStep::id).toList());
        PlannedStep net = p.steps().get(1);
        assertEquals(List.of(edit("drivers/net/a.c", 1), edit("drivers/net/a.c", 9)), net.edits());
        assertEquals("Drivers", net.subject());
        assertEquals("drivers/net/", net.group());
        assertEquals(List.of("drivers"), net.parts());
        assertEquals("This patch changes the files of the directory drivers/net/; the other\n"
                + "groups of files have their own patches.", net.body());
        assertEquals(List.of(edit("sound/b.c", 1), edit("sound/a.c", 3)), p.steps().get(2).edits());
        assertEquals(null, p.steps().get(0).group());
        assertEquals(List.of("an earlier note", """
                "Drivers", split by directory (depth 2), is 2 patches:
                patch 2: drivers/net/ (drivers/net/a.c)
                patch 3: sound/ (sound/a.c, sound/b.c)"""), p.notes());
    }

    @Test
    void aSplitStepOfOneGroupStaysOnePatchNamingItsGroup() {
        Plan p = SplitSteps.apply(plan(Split.parse("by-directory=1").orElseThrow(), Split.NONE),
                s -> path -> new FileGroup("FOO SUBSYSTEM", true));
        assertEquals(List.of("core/foo-subsystem", "drivers"), p.steps().stream().map(PlannedStep::id).toList());
        assertEquals("Core body.\n\nThis patch changes the files of the MAINTAINERS section \"FOO SUBSYSTEM\";\n"
                + "the other groups of files have their own patches.", p.steps().get(0).body());
        assertEquals("\"foo: Core\", split by directory (depth 1), is one patch:\n"
                + "patch 1: FOO SUBSYSTEM (drivers/foo/core.c, include/foo.h)", p.notes().get(1));
    }

    @Test
    void groupsWhoseSlugsMeetGetNumbered() {
        Plan p = SplitSteps.apply(plan(Split.NONE, BY_DIR),
                s -> path -> new FileGroup(path.startsWith("sound") ? "A B" : "A/B", true));
        assertEquals(List.of("core", "drivers/a-b", "drivers/a-b-2"), p.steps().stream().map(PlannedStep::id).toList());
    }
}
