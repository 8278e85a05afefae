package respin.core.plan.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FileGroupTest {

    @Test
    void sectionsComeFirstByNameWithoutCaseThenDirectories() {
        var groups = new TreeSet<>(List.of(new FileGroup("sound/", false), new FileGroup("I2C SUBSYSTEM", true),
                new FileGroup("arm/Allwinner sunXi SoC support", true), new FileGroup("drivers/misc/", false),
                new FileGroup("ARM/Actions Semi", true)));
        assertEquals(List.of("ARM/Actions Semi", "arm/Allwinner sunXi SoC support", "I2C SUBSYSTEM", "drivers/misc/",
                "sound/"), groups.stream().map(FileGroup::name).toList());
    }

    @Test
    void slugIsLowerCaseWordsJoinedByDashes() {
        assertEquals("arm-allwinner-sunxi-soc-support",
                new FileGroup("ARM/Allwinner sunXi SoC support", true).slug());
        assertEquals("drivers-misc", new FileGroup("drivers/misc/", false).slug());
        assertEquals("root", new FileGroup("./", false).slug());
    }

    @Test
    void aboutNamesTheKindOfGroup() {
        assertEquals("the MAINTAINERS section \"I2C SUBSYSTEM\"", new FileGroup("I2C SUBSYSTEM", true).about());
        assertEquals("the directory sound/", new FileGroup("sound/", false).about());
    }
}
