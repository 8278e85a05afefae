package respin.rewriters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.rewriteRun;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    private static final String REGISTER_H = """
            int foo_register(struct i2c_driver *drv,
            \t\t int (*probe)(struct i2c_client *client, const struct i2c_device_id *id));
            int foo_register_default(struct i2c_driver *drv,
            \t\t\t int (*fn)(struct i2c_client *, const struct i2c_device_id *));
            """;

    /**
     * A function passed to a callee that stores its parameter in the member, directly or
     * through another callee, changes like a stored one; so do the callees' parameters, and
     * the calls they make through them. A macro's argument holding the call counts too.
     */
    @Test
    void functionsPassedWhereTheMemberIsWantedFollowWithTheirCallees() {
        Plan plan = rewriteRun(functions("probe_new"), c("i2c.h", HEADER, HEADER), c("foo.h", REGISTER_H, """
                int foo_register(struct i2c_driver *drv,
                \t\t int (*probe)(struct i2c_client *client));
                int foo_register_default(struct i2c_driver *drv,
                \t\t\t int (*fn)(struct i2c_client *));
                """), c("foo-core.c", """
                int foo_register(struct i2c_driver *drv,
                \t\t int (*probe)(struct i2c_client *client, const struct i2c_device_id *id))
                {
                \tif (!probe)
                \t\treturn -EINVAL;
                \tdrv->probe = probe;
                \treturn i2c_add_driver(drv);
                }

                int foo_register_default(struct i2c_driver *drv,
                \t\t\t int (*fn)(struct i2c_client *, const struct i2c_device_id *))
                {
                \tif (fn && fn(NULL, NULL) == -EPROBE_DEFER)
                \t\treturn -EPROBE_DEFER;
                \treturn foo_register(drv, fn);
                }
                """, """
                int foo_register(struct i2c_driver *drv,
                \t\t int (*probe)(struct i2c_client *client))
                {
                \tif (!probe)
                \t\treturn -EINVAL;
                \tdrv->probe_new = probe;
                \treturn i2c_add_driver(drv);
                }

                int foo_register_default(struct i2c_driver *drv,
                \t\t\t int (*fn)(struct i2c_client *))
                {
                \tif (fn && fn(NULL) == -EPROBE_DEFER)
                \t\treturn -EPROBE_DEFER;
                \treturn foo_register(drv, fn);
                }
                """), c("foo-a.c", """
                static int a_probe(struct i2c_client *client, const struct i2c_device_id *id)
                {
                \treturn id->driver_data;
                }

                static int b_probe(struct i2c_client *client, const struct i2c_device_id *id)
                {
                \treturn 0;
                }

                static int __init foo_a_init(void)
                {
                \tWARN_ON(foo_register(&a_driver, a_probe));
                \treturn foo_register_default(&b_driver, &b_probe);
                }
                """, """
                static int a_probe(struct i2c_client *client)
                {
                \tconst struct i2c_device_id *id = i2c_client_get_device_id(client);

                \treturn id->driver_data;
                }

                static int b_probe(struct i2c_client *client)
                {
                \treturn 0;
                }

                static int __init foo_a_init(void)
                {
                \tWARN_ON(foo_register(&a_driver, a_probe));
                \treturn foo_register_default(&b_driver, &b_probe);
                }
                """));
        assertEquals(List.of(), plan.leftovers());
        assertEquals(List.of(
                "foo.h:2:4: parameter probe of foo_register() is stored in .probe: it drops "
                        + "const struct i2c_device_id *id with the member",
                "foo-core.c:2:4: parameter probe of foo_register() is stored in .probe: it drops "
                        + "const struct i2c_device_id *id with the member",
                "foo-core.c:6:7: parameter probe of foo_register() moves from .probe to .probe_new",
                "foo.h:4:5: parameter fn of foo_register_default() is passed to foo_register(), whose parameter "
                        + "probe reaches .probe: it drops const struct i2c_device_id * with the member",
                "foo-core.c:11:5: parameter fn of foo_register_default() is passed to foo_register(), whose "
                        + "parameter probe reaches .probe: it drops const struct i2c_device_id * with the member",
                "foo-core.c:13:12: call through fn in foo_register_default() drops its argument 1",
                "foo-a.c:13:34: a_probe() is passed to foo_register(), whose parameter probe reaches .probe",
                "foo-a.c:14:41: b_probe() is passed to foo_register_default(), whose parameter fn reaches .probe"),
                plan.sites().stream().filter(s -> !s.decision().startsWith("definition")
                        && !s.decision().contains(" uses id")).map(s -> s.span() + ": " + s.decision()).toList());
    }

    private static final String QUX_C = """
            static int qux_probe(struct i2c_client *client, const struct i2c_device_id *id)
            {
            \treturn 0;
            }

            static int qux_try(struct i2c_client *client,
            \t\t   int (*fn)(struct i2c_client *client, const struct i2c_device_id *id))
            {
            \treturn fn(client, NULL);
            }

            static struct i2c_driver qux_driver = {
            \t.probe = qux_probe,
            };

            static int qux_check(struct i2c_client *client, struct qux_ops *ops)
            {
            \tint ret = qux_try(client, qux_probe);

            \tif (ret)
            \t\treturn ret;
            \tret = ops->check(client, qux_probe);
            \treturn ret ?: qux_hook(qux_probe);
            }
            """;

    /**
     * A parameter that has the member's type spelled out but never reaches the member, a
     * callee the index does not declare, a call through a pointer: respin does not guess.
     */
    @Test
    void functionsPassedWhereOnlyTheShapeFitsAreLeftWithTheCalleeAndParameter() {
        Plan plan = rewriteRun(functions("probe_new"), c("i2c.h", HEADER, HEADER), c("qux.c", QUX_C, QUX_C
                .replace("qux_probe(struct i2c_client *client, const struct i2c_device_id *id)\n",
                        "qux_probe(struct i2c_client *client)\n")
                .replace("\t.probe = qux_probe,", "\t.probe_new = qux_probe,")));
        assertEquals(List.of(
                "qux.c:18:28: qux_probe() has .probe's parameters and is passed to qux_try() as its parameter fn "
                        + "(qux.c:7:6), which has .probe's type but does not reach .probe; not converted",
                "qux.c:22:27: qux_probe() has .probe's parameters and is passed through a function pointer, whose "
                        + "parameter the index cannot see; not converted",
                "qux.c:23:25: qux_probe() has .probe's parameters and is passed to qux_hook(), which the index "
                        + "does not declare (a macro?); not converted"),
                plan.leftovers().stream().map(l -> l.span() + ": " + l.reason()).toList());
    }

    private static final String TYPEDEF_H = """
            typedef int (*i2c_probe_t)(struct i2c_client *client, const struct i2c_device_id *id);

            struct i2c_driver {
            \ti2c_probe_t probe;
            \tvoid (*remove)(struct i2c_client *client);
            };

            int i2c_probe_quirk(struct i2c_client *client, i2c_probe_t probe);
            """;

    private static final String TYPEDEF_C = """
            static int td_probe(struct i2c_client *client, const struct i2c_device_id *id)
            {
            \treturn 0;
            }

            static int td_probe_quirky(struct i2c_client *client, const struct i2c_device_id *id)
            {
            \treturn id ? -ENODEV : 0;
            }

            static struct i2c_driver td_driver = {
            \t.probe = td_probe,
            };

            static int td_init(struct i2c_client *client)
            {
            \treturn i2c_probe_quirk(client, td_probe_quirky);
            }
            """;

    private static final String TYPEDEF_C_CONVERTED = """
            static int td_probe(struct i2c_client *client)
            {
            \treturn 0;
            }

            static int td_probe_quirky(struct i2c_client *client)
            {
            \tconst struct i2c_device_id *id = i2c_client_get_device_id(client);

            \treturn id ? -ENODEV : 0;
            }

            static struct i2c_driver td_driver = {
            \t.probe = td_probe,
            };

            static int td_init(struct i2c_client *client)
            {
            \treturn i2c_probe_quirk(client, td_probe_quirky);
            }
            """;

    /**
     * Removing id from .probe with {@code follow: both} over {@code header} and TYPEDEF_C: the typedef
     * loses it, both functions are converted (td_probe_quirky as passed for a parameter of type
     * {@code paramType}), nothing is left.
     */
    private static void typedefLosesIdWithItsFunctions(String header, String paramType) {
        Plan plan = rewriteRun(new RemoveParameter("struct i2c_driver", "probe", "id",
                "i2c_client_get_device_id(client)", RemoveParameter.Follow.BOTH, null),
                c("i2c.h", header, header.replace("*client, const struct i2c_device_id *id);", "*client);")),
                c("td.c", TYPEDEF_C, TYPEDEF_C_CONVERTED));
        assertEquals(List.of(), plan.leftovers());
        assertEquals(List.of("i2c.h:1:1: typedef i2c_probe_t, the type of struct i2c_driver.probe, loses parameter id",
                "td.c:17:33: td_probe_quirky() is passed to i2c_probe_quirk() as its parameter probe of type "
                        + paramType + ", .probe's"),
                plan.sites().stream().filter(s -> !s.decision().startsWith("definition")
                        && !s.decision().contains(" uses id") && !s.decision().startsWith("declaration"))
                        .map(s -> s.span() + ": " + s.decision()).toList());
    }

    /** A member declared with a typedef: the typedef loses the parameter, and a parameter of that typedef follows. */
    @Test
    void functionsPassedWhereTheMembersTypedefIsWantedFollowTheTypedef() {
        typedefLosesIdWithItsFunctions(TYPEDEF_H, "i2c_probe_t");
    }

    /**
     * A member declared as a pointer to a function type ({@code i2c_probe_t *probe;} after
     * {@code typedef int i2c_probe_t(…);}, with or without parentheses round the name): the
     * typedef loses the parameter as a function-pointer typedef does, and a parameter declared
     * {@code i2c_probe_t *} follows.
     */
    @ParameterizedTest
    @ValueSource(strings = {"i2c_probe_t", "(i2c_probe_t)"})
    void aFunctionTypeTypedefLosesTheParameterLikeAPointerTypedef(String declared) {
        String header = TYPEDEF_H.replace("(*i2c_probe_t)", declared).replace("\ti2c_probe_t probe;",
                "\ti2c_probe_t *probe;").replace("i2c_probe_t probe);", "i2c_probe_t *probe);");
        typedefLosesIdWithItsFunctions(header, "i2c_probe_t *");
    }

    /** Changing only the functions leaves those passed where the typedef is wanted: they change with it. */
    @Test
    void functionsPassedWhereTheTypedefIsWantedWaitForTheMember() {
        Plan plan = rewriteRun(functions(null), c("i2c.h", TYPEDEF_H, TYPEDEF_H), c("td.c", TYPEDEF_C,
                TYPEDEF_C.replace("td_probe(struct i2c_client *client, const struct i2c_device_id *id)",
                        "td_probe(struct i2c_client *client)")));
        assertEquals(List.of("td.c:17:33: td_probe_quirky() has .probe's parameters and is passed to "
                + "i2c_probe_quirk() as its parameter probe of type i2c_probe_t, which changes only with the "
                + "member; not converted (follow: both converts it with the member)"),
                plan.leftovers().stream().map(l -> l.span() + ": " + l.reason()).toList());
    }

    private static final String VOID_C = """
            static int vo_probe(struct i2c_client *client, const struct i2c_device_id *id)
            {
            \treturn 0;
            }

            static int vo_register(struct i2c_driver *drv, void *fn)
            {
            \tdrv->probe = fn;
            \treturn i2c_add_driver(drv);
            }

            static int vo_init(void)
            {
            \treturn vo_register(&vo_driver, vo_probe);
            }
            """;

    /** A parameter that reaches the member without its type: neither it nor what is passed for it changes. */
    @Test
    void aParameterThatReachesTheMemberWithoutItsTypeKeepsWhatIsPassed() {
        Plan plan = rewriteRun(functions("probe_new"), c("i2c.h", HEADER, HEADER), c("vo.c", VOID_C, VOID_C));
        assertEquals(List.of("vo.c:6:12: parameter fn of vo_register() is stored in .probe, but its type is not "
                + ".probe's spelled out; not converted",
                "vo.c:14:33: vo_probe is passed to vo_register(), whose parameter fn reaches .probe, which respin "
                        + "cannot retype (left for a human there); not converted"),
                plan.leftovers().stream().map(l -> l.span() + ": " + l.reason()).toList());
    }
}
