package respin.core.plan.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DirectoryGroupingTest {

    @Test
    void cutsThePathToDepthComponents() {
        DirectoryGrouping two = new DirectoryGrouping(2);
        assertEquals(new FileGroup("drivers/iio/", false), two.groupOf("drivers/iio/adc/ad7091r5.c"));
        assertEquals(new FileGroup("drivers/", false), two.groupOf("drivers/foo.c"));
        assertEquals(new FileGroup("./", false), two.groupOf("Makefile"));
        assertEquals(new FileGroup("drivers/iio/adc/", false), new DirectoryGrouping(3).groupOf("drivers/iio/adc/x.c"));
        assertEquals(new FileGroup("drivers/", false), new DirectoryGrouping(1).groupOf("drivers/iio/adc/x.c"));
    }

    @Test
    void depthZeroIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DirectoryGrouping(0));
    }
}
