package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in i2c-probe-one-arg recipe on kernel-fixtures/i2c-linux, where probe
 * functions reach struct i2c_driver.probe not only by initializers: a register helper
 * stores its parameter in the member (sprocket-core.c, also through a second helper), one
 * stores a function itself (acme-i2c.c, shaped like mlxsw's), one takes a parameter of
 * the member's type that never reaches it (sprocket_selftest()), and a driver that never
 * names struct i2c_driver passes its probe to a helper (sprocket-c.c, loaded by widening).
 */
class I2cFixtureTest {
    @TempDir
    Path tmp;

    @Test
    void finalTreeIsTheExpectedOne() throws Exception {
        assumeTrue(Git.available(), "git is not on PATH");
        File repo = Fixtures.repository("i2c-linux", tmp);
        Cli r = Cli.run("series", "--recipe", "i2c-probe-one-arg", "--repo", repo.toString(), "-o",
                tmp.resolve("out").toString(), "--signoff", "A. U. Thor <author@example.org>");
        // sprocket_test_probe() loses id but is still passed to sprocket_selftest(), which wants two
        // arguments: the kernel's -Werror=incompatible-pointer-types refuses it, and respin says so
        assertEquals(1, r.exit(), r.err() + r.out());
        assertEquals(List.of(
                "would not compile: drivers/misc/sprocket/sprocket-test.c:14:35: sprocket_test_probe "
                        + "(int (*)(struct i2c_client *)) is passed to sprocket_selftest() as probe, which is "
                        + "int (*)(struct i2c_client *, const struct i2c_device_id *) (from patch 2)",
                "the series is not bisectable as it stands: patch 2 of 7 would not compile"),
                r.out().lines().map(String::strip).filter(l -> l.startsWith("would not compile")
                        || l.startsWith("the series is not bisectable")).toList());
        Map<String, byte[]> expected = Fixtures.files(Fixtures.dir("i2c-linux.expected"));
        String branch = "respin/i2c-probe-one-arg-v1";
        assertEquals(expected.keySet().stream().sorted().toList(),
                Git.run(repo, "diff", "--name-only", "HEAD", branch).lines().sorted().toList());
        for (var e : expected.entrySet()) {
            assertEquals(new String(e.getValue(), StandardCharsets.UTF_8), Git.run(repo, "show",
                    branch + ":" + e.getKey()), e.getKey());
        }
    }

    @Test
    void explainNamesWhatIsPassedWhereTheMemberIsWantedAndWhatIsLeft() throws Exception {
        File repo = Fixtures.repository("i2c-linux", tmp);
        Cli r = Cli.run("explain", "--recipe", "i2c-probe-one-arg", "--repo", repo.toString());
        assertEquals(0, r.exit(), r.err());
        // sprocket-c.c never names struct i2c_driver: the scan leaves it, the plan's widening loads it
        assertEquals("widened: 1 file beyond the candidate scan names sprocket_i2c_register(), "
                + "sprocket_i2c_register_sync(), sprocket_i2c_add()",
                r.out().lines().skip(1).findFirst().orElseThrow());
        String core = "drivers/misc/sprocket/sprocket-core.c";
        assertEquals(List.of(
                "drivers-probe-new " + core + ":11:6: parameter probe of sprocket_i2c_register() is stored in "
                        + ".probe: it drops const struct i2c_device_id *id with the member",
                "drivers-probe-new drivers/misc/sprocket/sprocket.h:8:6: parameter probe of sprocket_i2c_register() "
                        + "is stored in .probe: it drops const struct i2c_device_id *id with the member",
                "drivers-probe-new " + core + ":17:10: parameter probe of sprocket_i2c_register() moves from .probe "
                        + "to .probe_new",
                "drivers-probe-new " + core + ":23:11: parameter probe of sprocket_i2c_register_sync() is passed to "
                        + "sprocket_i2c_register(), whose parameter probe reaches .probe: it drops "
                        + "const struct i2c_device_id * with the member",
                "drivers-probe-new drivers/misc/sprocket/sprocket.h:11:11: parameter probe of "
                        + "sprocket_i2c_register_sync() is passed to sprocket_i2c_register(), whose parameter probe "
                        + "reaches .probe: it drops const struct i2c_device_id * with the member",
                "drivers-probe-new " + core + ":32:8: parameter probe of sprocket_i2c_add() is passed to "
                        + "sprocket_i2c_register(), whose parameter probe reaches .probe: it drops "
                        + "const struct i2c_device_id *id with the member",
                "drivers-probe-new drivers/misc/sprocket/sprocket.h:14:8: parameter probe of sprocket_i2c_add() is "
                        + "passed to sprocket_i2c_register(), whose parameter probe reaches .probe: it drops "
                        + "const struct i2c_device_id *id with the member",
                "drivers-probe-new drivers/misc/sprocket/sprocket-a.c:22:51: sprocket_a_probe() is passed to "
                        + "sprocket_i2c_register(), whose parameter probe reaches .probe",
                "drivers-probe-new drivers/misc/sprocket/sprocket-b.c:21:56: sprocket_b_probe() is passed to "
                        + "sprocket_i2c_register_sync(), whose parameter probe reaches .probe",
                "drivers-probe-new drivers/misc/sprocket/sprocket-c.c:20:40: sprocket_c_probe() is passed to "
                        + "sprocket_i2c_add(), whose parameter probe reaches .probe"),
                r.out().lines().map(String::strip).filter(l -> l.startsWith("drivers-probe-new")
                        && (l.contains(" is passed to ") || l.contains("parameter probe of"))).toList());
        assertEquals(List.of(
                "drivers/misc/sprocket/sprocket-test.c:15:35: sprocket_test_probe() has .probe's parameters and is "
                        + "passed to sprocket_selftest() as its parameter probe (" + core + ":46:9), which has "
                        + ".probe's type but does not reach .probe; not converted",
                "drivers/i2c/i2c-core-base.c:7:12: i2c_device_probe() reads probe_new (line 13) and reads probe "
                        + "(line 15), one pointer once they merge; remove the test or call that becomes a repeat by "
                        + "hand"),
                r.out().lines().dropWhile(l -> !l.startsWith("left for a human")).skip(1)
                        .takeWhile(l -> !l.isBlank()).map(String::strip).toList());
    }
}
