package respin.rewriters.members;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.index.SymbolIndex;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;
import respin.core.plan.Plan;
import respin.core.plan.Planner;
import respin.core.plan.Recipe;
import respin.core.plan.RecipeStep;

class MemberStoresTest {
    private static final String HEADER = """
            struct i2c_driver {
            \tint (*probe)(struct i2c_client *client, const struct i2c_device_id *id);
            \tint (*probe_new)(struct i2c_client *client);
            };
            """;

    private static String driver(String name) {
        return """
                static int NAME_probe(struct i2c_client *client, const struct i2c_device_id *id)
                {
                \treturn id->driver_data;
                }

                static struct i2c_driver NAME_driver = {
                \t.probe = NAME_probe,
                };
                """.replace("NAME", name);
    }

    private static List<CTranslationUnit> units() {
        return List.of(CSourceParser.parse("include/linux/i2c.h", HEADER),
                CSourceParser.parse("drivers/foo.c", driver("foo")), CSourceParser.parse("drivers/bar.c", driver("bar")));
    }

    private static Plan plan(List<CTranslationUnit> units) {
        RemoveParameter r = new RemoveParameter("struct i2c_driver", "probe", "id", "i2c_client_get_device_id(client)",
                RemoveParameter.Follow.FUNCTIONS, "probe_new");
        return new Planner(new SymbolIndex(units)).plan(new Recipe("t", "t", "cover", "blurb",
                List.of(new RecipeStep("s", "subject", "body", List.of(r), null)), List.of()));
    }

    @Test
    void findsTheMemberAsAWholeWordOnly() {
        String text = "int foo_probe; x.probe = y; probe_new(); s->probe(c); probe";
        assertArrayEquals(new int[] {text.indexOf(".probe") + 1, text.indexOf("->probe") + 2, text.lastIndexOf("probe")},
                MemberStores.occurrences(text, "probe"));
    }

    @Test
    void aWalkLetsGoOfTheTreesItBuiltAndKeepsThoseHeldBefore() {
        List<CTranslationUnit> units = units();
        units.get(1).syntax(); // drivers/foo.c: held by someone before the plan
        plan(units);
        assertTrue(units.get(1).syntaxTree().isBuilt(), "foo.c's tree was held before: it stays");
        assertFalse(units.get(2).syntaxTree().isBuilt(), "bar.c's tree was built by the walk: it goes");
    }

    @Test
    void thePlanIsTheSameWhetherTheTreesWereHeldOrNot() {
        List<CTranslationUnit> held = units();
        held.forEach(CTranslationUnit::syntax);
        Plan a = plan(held);
        Plan b = plan(units());
        assertEquals(a.steps(), b.steps());
        assertEquals(a.sites(), b.sites());
        assertEquals(2, a.steps().get(0).edits().stream().filter(e -> e.replacement().contains(
                "i2c_client_get_device_id(client)")).count(), () -> "each driver gets its id local: " + a.steps());
    }
}
