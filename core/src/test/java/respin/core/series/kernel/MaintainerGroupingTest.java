package respin.core.series.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import respin.core.plan.split.FileGroup;

class MaintainerGroupingTest {
    private static final Maintainers TWO = Maintainers.parse("""
            FOO DRIVER
            M:\tF <f@example.org>
            F:\tdrivers/foo/

            THE REST
            M:\tLinus Torvalds <torvalds@linux-foundation.org>
            F:\t*
            F:\t*/
            """);

    @Test
    void aFileGoesToItsSectionElseToItsDirectory() {
        MaintainerGrouping g = new MaintainerGrouping(TWO, 2);
        assertEquals(new FileGroup("FOO DRIVER", true), g.groupOf("drivers/foo/foo.c"));
        assertEquals(new FileGroup("drivers/bar/", false), g.groupOf("drivers/bar/baz/bar.c"));
    }

    @Test
    void withoutMaintainersEveryFileGoesByDirectory() {
        MaintainerGrouping g = new MaintainerGrouping(null, 1);
        assertFalse(g.hasMaintainers());
        assertEquals(new FileGroup("drivers/", false), g.groupOf("drivers/foo/foo.c"));
    }
}
