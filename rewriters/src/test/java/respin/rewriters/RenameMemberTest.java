package respin.rewriters;

import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.rewriteRun;

import org.junit.jupiter.api.Test;
import respin.rewriters.members.RenameMember;

class RenameMemberTest {

    /** probe exists already: the uses merge into it, aligned, and the declarations stay. */
    @Test
    void usesMergeIntoAnExistingMember() {
        rewriteRun(new RenameMember("struct i2c_driver", "probe_new", "probe"),
                c("i2c.h", RemoveParameterTest.HEADER, RemoveParameterTest.HEADER),
                c("foo.c", """
                        static int foo_probe(struct i2c_client *client)
                        {
                        \treturn 0;
                        }

                        static struct i2c_driver foo_driver = {
                        \t.driver = {
                        \t\t.name = "foo",
                        \t},
                        \t.probe_new\t= foo_probe,
                        \t.id_table\t= foo_id,
                        };

                        static int call(struct i2c_driver *driver, struct i2c_client *client)
                        {
                        \tif (driver->probe_new)
                        \t\treturn driver->probe_new(client);
                        \treturn 0;
                        }
                        """, """
                        static int foo_probe(struct i2c_client *client)
                        {
                        \treturn 0;
                        }

                        static struct i2c_driver foo_driver = {
                        \t.driver = {
                        \t\t.name = "foo",
                        \t},
                        \t.probe\t\t= foo_probe,
                        \t.id_table\t= foo_id,
                        };

                        static int call(struct i2c_driver *driver, struct i2c_client *client)
                        {
                        \tif (driver->probe)
                        \t\treturn driver->probe(client);
                        \treturn 0;
                        }
                        """));
    }

    @Test
    void aNewNameRenamesTheDeclarationToo() {
        rewriteRun(new RenameMember("struct widget_ops", "start", "begin"),
                c("w.c", """
                        struct widget_ops {
                        \tint (*start)(struct widget *w);
                        };

                        static const struct widget_ops ops = { .start = w_start };

                        int go(struct widget *w, const struct widget_ops *o)
                        {
                        \treturn o->start(w);
                        }
                        """, """
                        struct widget_ops {
                        \tint (*begin)(struct widget *w);
                        };

                        static const struct widget_ops ops = { .begin = w_start };

                        int go(struct widget *w, const struct widget_ops *o)
                        {
                        \treturn o->begin(w);
                        }
                        """));
    }
}
