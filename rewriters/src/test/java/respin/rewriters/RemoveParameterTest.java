package respin.rewriters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.rewriteRun;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.rewriters.members.RemoveParameter;
import respin.core.plan.Leftover;
import respin.core.plan.Plan;

class RemoveParameterTest {
    static final String HEADER = """
            struct i2c_driver {
            \tunsigned int class;

            \t/* Standard driver model interfaces */
            \tint (*probe)(struct i2c_client *client, const struct i2c_device_id *id);
            \tvoid (*remove)(struct i2c_client *client);

            \t/* New driver model interface to aid the seamless removal of the
            \t * current probe()'s, more commonly unused than used second parameter.
            \t */
            \tint (*probe_new)(struct i2c_client *client);

            \t/* driver model interfaces that don't relate to enumeration  */
            \tvoid (*shutdown)(struct i2c_client *client);
            };
            """;

    private static RemoveParameter functions(String moveTo) {
        return new RemoveParameter("struct i2c_driver", "probe", "id", "i2c_client_get_device_id(client)",
                RemoveParameter.Follow.FUNCTIONS, moveTo);
    }

    @Test
    void storedFunctionLosesUnusedParameterAndMovesToTheOtherMember() {
        rewriteRun(functions("probe_new"), c("i2c.h", HEADER, HEADER), c("foo.c", """
                static int foo_probe(struct i2c_client *client,
                \t\t     const struct i2c_device_id *id);

                static const struct i2c_device_id foo_id[] = {
                \t{ "foo", 0 },
                \t{ }
                };

                static int foo_probe(struct i2c_client *client,
                \t\t     const struct i2c_device_id *id)
                {
                \tstruct foo *foo;

                \tfoo = devm_kzalloc(&client->dev, sizeof(*foo), GFP_KERNEL);
                \treturn foo ? 0 : -ENOMEM;
                }

                static struct i2c_driver foo_driver = {
                \t.driver = {
                \t\t.name\t= "foo",
                \t},
                \t.probe\t\t= foo_probe,
                \t.id_table\t= foo_id,
                };
                module_i2c_driver(foo_driver);
                """, """
                static int foo_probe(struct i2c_client *client);

                static const struct i2c_device_id foo_id[] = {
                \t{ "foo", 0 },
                \t{ }
                };

                static int foo_probe(struct i2c_client *client)
                {
                \tstruct foo *foo;

                \tfoo = devm_kzalloc(&client->dev, sizeof(*foo), GFP_KERNEL);
                \treturn foo ? 0 : -ENOMEM;
                }

                static struct i2c_driver foo_driver = {
                \t.driver = {
                \t\t.name\t= "foo",
                \t},
                \t.probe_new\t= foo_probe,
                \t.id_table\t= foo_id,
                };
                module_i2c_driver(foo_driver);
                """));
    }

    /** The local takes the function's own name for the client, and comes before the declaration that reads it. */
    @Test
    void usedParameterBecomesALocalInDeclarationOrder() {
        rewriteRun(functions("probe_new"), c("i2c.h", HEADER, HEADER), c("bar.c", """
                static int bar_probe(struct i2c_client *i2c, const struct i2c_device_id *id)
                {
                \tstruct device *dev = &i2c->dev;
                \tconst struct bar_chip *chip = &bar_chips[id->driver_data];
                \tint ret;

                \tdev_info(dev, "%s\\n", id->name);
                \treturn 0;
                }

                #ifdef CONFIG_OF
                static struct i2c_driver bar_drivers[] = {
                \t{
                \t\t.probe = &bar_probe,
                \t},
                };
                #endif
                """, """
                static int bar_probe(struct i2c_client *i2c)
                {
                \tconst struct i2c_device_id *id = i2c_client_get_device_id(i2c);
                \tstruct device *dev = &i2c->dev;
                \tconst struct bar_chip *chip = &bar_chips[id->driver_data];
                \tint ret;

                \tdev_info(dev, "%s\\n", id->name);
                \treturn 0;
                }

                #ifdef CONFIG_OF
                static struct i2c_driver bar_drivers[] = {
                \t{
                \t\t.probe_new = &bar_probe,
                \t},
                };
                #endif
                """));
    }

    /** Assigned at run time, called directly, and a .probe of another struct left alone. */
    @Test
    void assignmentsAndDirectCallsFollowOtherStructsDoNot() {
        rewriteRun(functions(null), c("i2c.h", HEADER, HEADER), c("baz.c", """
                static int baz_probe(struct i2c_client *client, const struct i2c_device_id *id)
                {
                \tif (!id)
                \t\treturn -ENODEV;

                \treturn 0;
                }

                static int baz_probe_again(struct i2c_client *client)
                {
                \treturn baz_probe(client, NULL);
                }

                static int baz_pdev_probe(struct platform_device *pdev)
                {
                \treturn 0;
                }

                static struct platform_driver baz_pdriver = {
                \t.probe = baz_pdev_probe,
                };

                int baz_register(struct i2c_driver *drv)
                {
                \tdrv->probe = baz_probe;
                \treturn i2c_add_driver(drv);
                }
                """, """
                static int baz_probe(struct i2c_client *client)
                {
                \tconst struct i2c_device_id *id = i2c_client_get_device_id(client);

                \tif (!id)
                \t\treturn -ENODEV;

                \treturn 0;
                }

                static int baz_probe_again(struct i2c_client *client)
                {
                \treturn baz_probe(client);
                }

                static int baz_pdev_probe(struct platform_device *pdev)
                {
                \treturn 0;
                }

                static struct platform_driver baz_pdriver = {
                \t.probe = baz_pdev_probe,
                };

                int baz_register(struct i2c_driver *drv)
                {
                \tdrv->probe = baz_probe;
                \treturn i2c_add_driver(drv);
                }
                """));
    }

    @Test
    void memberAndItsCallersLoseTheParameter() {
        rewriteRun(new RemoveParameter("struct i2c_driver", "probe", "id", null, RemoveParameter.Follow.MEMBER, null),
                c("i2c.h", HEADER, HEADER.replace("*client, const struct i2c_device_id *id);",
                        "*client);")),
                c("core.c", """
                        static int i2c_device_probe(struct device *dev)
                        {
                        \tstruct i2c_client *client = i2c_verify_client(dev);
                        \tstruct i2c_driver *driver = to_i2c_driver(dev->driver);
                        \tint status;

                        \tif (driver->probe_new)
                        \t\tstatus = driver->probe_new(client);
                        \telse if (driver->probe)
                        \t\tstatus = driver->probe(client,
                        \t\t\t\t       i2c_match_id(driver->id_table, client));
                        \telse
                        \t\tstatus = -EINVAL;
                        \treturn status;
                        }
                        """, """
                        static int i2c_device_probe(struct device *dev)
                        {
                        \tstruct i2c_client *client = i2c_verify_client(dev);
                        \tstruct i2c_driver *driver = to_i2c_driver(dev->driver);
                        \tint status;

                        \tif (driver->probe_new)
                        \t\tstatus = driver->probe_new(client);
                        \telse if (driver->probe)
                        \t\tstatus = driver->probe(client);
                        \telse
                        \t\tstatus = -EINVAL;
                        \treturn status;
                        }
                        """));
    }

    private static final String QUX = """
            static struct i2c_driver qux_driver = {
            \t.probe = QUX_PROBE,
            };
            """;

    @Test
    void storesItCannotConvertAreLeftWithAReason() {
        Plan plan = rewriteRun(functions("probe_new"), c("i2c.h", HEADER, HEADER), c("qux.c", QUX, QUX));
        List<String> reasons = plan.leftovers().stream().map(Leftover::reason).toList();
        assertEquals(1, reasons.size(), reasons::toString);
        assertTrue(reasons.get(0).contains("QUX_PROBE is stored in .probe but the tree has no function"),
                reasons::toString);
    }
}
