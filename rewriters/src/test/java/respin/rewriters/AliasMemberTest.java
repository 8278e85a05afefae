package respin.rewriters;

import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.rewriteRun;

import org.junit.jupiter.api.Test;

class AliasMemberTest {

    @Test
    void aliasJoinsTheMemberInAnAnonymousUnionWithItsComment() {
        rewriteRun(new AliasMember("struct i2c_driver", "probe", "probe_new"),
                c("i2c.h", RemoveParameterTest.HEADER, """
                        struct i2c_driver {
                        \tunsigned int class;

                        \t/* Standard driver model interfaces */
                        \tunion {
                        \t\tint (*probe)(struct i2c_client *client, const struct i2c_device_id *id);
                        \t\t/* New driver model interface to aid the seamless removal of the
                        \t\t * current probe()'s, more commonly unused than used second parameter.
                        \t\t */
                        \t\tint (*probe_new)(struct i2c_client *client);
                        \t};
                        \tvoid (*remove)(struct i2c_client *client);

                        \t/* driver model interfaces that don't relate to enumeration  */
                        \tvoid (*shutdown)(struct i2c_client *client);
                        };
                        """));
    }
}
