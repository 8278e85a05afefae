package respin.rewriters.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.index.SymbolIndex;
import respin.core.parse.CSourceParser;
import respin.core.plan.Plan;
import respin.core.plan.Planner;
import respin.core.plan.StepContents;

/**
 * The built-in recipe i2c-probe-one-arg on a miniature i2c core and two drivers: the
 * text of every step, so that each phase is seen to build on the one before.
 */
class I2cProbeOneArgTest {
    private static final String HEADER = """
            /**
             * struct i2c_driver - represent an I2C device driver
             * @probe: Callback for device binding - soon to be deprecated
             * @probe_new: New callback for device binding
             * @remove: Callback for device unbinding
             */
            struct i2c_driver {
            \t/* Standard driver model interfaces */
            \tint (*probe)(struct i2c_client *client, const struct i2c_device_id *id);
            \tvoid (*remove)(struct i2c_client *client);

            \t/* New driver model interface to aid the seamless removal of the
            \t * current probe()'s, more commonly unused than used second parameter.
            \t */
            \tint (*probe_new)(struct i2c_client *client);

            \tconst struct i2c_device_id *id_table;
            };
            """;
    private static final String CORE = """
            static int i2c_device_probe(struct i2c_client *client, struct i2c_driver *driver)
            {
            \tif (driver->probe_new)
            \t\treturn driver->probe_new(client);
            \treturn driver->probe(client, i2c_match_id(driver->id_table, client));
            }
            """;
    private static final String OLD = """
            static int old_probe(struct i2c_client *client,
            \t\t     const struct i2c_device_id *id)
            {
            \tint ret;

            \tret = old_setup(client, id->driver_data);
            \treturn ret;
            }

            static struct i2c_driver old_driver = {
            \t.probe\t\t= old_probe,
            \t.id_table\t= old_id,
            };
            """;
    /** A register helper that stores the probe itself, as mlxsw's does: one access, moved there and back. */
    private static final String HELPER = """
            static int helper_probe(struct i2c_client *client, const struct i2c_device_id *id)
            {
            \treturn 0;
            }

            int helper_driver_register(struct i2c_driver *i2c_driver)
            {
            \ti2c_driver->probe = helper_probe;
            \treturn i2c_add_driver(i2c_driver);
            }
            """;
    private static final String NEW = """
            static struct i2c_driver new_driver = {
            \t.probe_new\t= new_probe,
            };
            """;

    @Test
    void everyPhaseBuildsOnTheLast() {
        var units = List.of(CSourceParser.parse("include/linux/i2c.h", HEADER),
                CSourceParser.parse("drivers/i2c/i2c-core-base.c", CORE),
                CSourceParser.parse("drivers/misc/old.c", OLD), CSourceParser.parse("drivers/misc/new.c", NEW),
                CSourceParser.parse("drivers/net/helper.c", HELPER));
        SymbolIndex index = new SymbolIndex(units);
        Plan plan = new Planner(index).plan(Recipes.find("i2c-probe-one-arg").orElseThrow());
        StepContents steps = new StepContents(plan, index);
        assertEquals(List.of("drivers-probe-new", "core", "drivers-probe", "core-alias"),
                plan.steps().stream().map(s -> s.id()).toList());
        assertEquals(List.of("drivers/i2c/i2c-core-base.c:1:12: i2c_device_probe() reads probe_new (line 3) and "
                + "calls probe (line 5), one pointer once they merge; remove the test or call that becomes a repeat "
                + "by hand"),
                plan.leftovers().stream().map(l -> l.span() + ": " + l.reason()).toList());
        assertEquals("""
                static int old_probe(struct i2c_client *client)
                {
                \tconst struct i2c_device_id *id = i2c_client_get_device_id(client);
                \tint ret;

                \tret = old_setup(client, id->driver_data);
                \treturn ret;
                }

                static struct i2c_driver old_driver = {
                \t.probe_new\t= old_probe,
                \t.id_table\t= old_id,
                };
                """, steps.step(0).get("drivers/misc/old.c"));
        assertEquals(HEADER.replace("""
                \t/* Standard driver model interfaces */
                \tint (*probe)(struct i2c_client *client, const struct i2c_device_id *id);
                """, """
                \t/* Standard driver model interfaces */
                \tunion {
                \t\tint (*probe)(struct i2c_client *client);
                \t\t/* New driver model interface to aid the seamless removal of the
                \t\t * current probe()'s, more commonly unused than used second parameter.
                \t\t */
                \t\tint (*probe_new)(struct i2c_client *client);
                \t};
                """).replace("""

                \t/* New driver model interface to aid the seamless removal of the
                \t * current probe()'s, more commonly unused than used second parameter.
                \t */
                \tint (*probe_new)(struct i2c_client *client);
                """, ""), steps.step(1).get("include/linux/i2c.h"));
        assertEquals(CORE.replace("client, i2c_match_id(driver->id_table, client));", "client);"),
                steps.step(1).get("drivers/i2c/i2c-core-base.c"));
        assertEquals(OLD.replace("""
                static int old_probe(struct i2c_client *client,
                \t\t     const struct i2c_device_id *id)
                {
                """, """
                static int old_probe(struct i2c_client *client)
                {
                \tconst struct i2c_device_id *id = i2c_client_get_device_id(client);
                """), steps.step(2).get("drivers/misc/old.c"));
        assertEquals(NEW.replace(".probe_new\t= ", ".probe\t\t= "), steps.step(2).get("drivers/misc/new.c"));
        String helper = HELPER.replace(", const struct i2c_device_id *id)", ")");
        assertEquals(helper.replace("->probe =", "->probe_new ="), steps.step(0).get("drivers/net/helper.c"));
        assertEquals(helper, steps.step(2).get("drivers/net/helper.c"));
        assertEquals("""
                static int i2c_device_probe(struct i2c_client *client, struct i2c_driver *driver)
                {
                \tif (driver->probe)
                \t\treturn driver->probe(client);
                \treturn driver->probe(client);
                }
                """, steps.step(2).get("drivers/i2c/i2c-core-base.c"));
        assertEquals("""
                /**
                 * struct i2c_driver - represent an I2C device driver
                 * @probe: Callback for device binding - soon to be deprecated
                 * @remove: Callback for device unbinding
                 */
                struct i2c_driver {
                \t/* Standard driver model interfaces */
                \tint (*probe)(struct i2c_client *client);
                \tvoid (*remove)(struct i2c_client *client);

                \tconst struct i2c_device_id *id_table;
                };
                """, steps.step(3).get("include/linux/i2c.h"));
    }
}
