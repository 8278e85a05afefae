package respin.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SplitTest {

    @Test
    void readsEveryFormAndPrintsItBack() {
        for (String s : List.of("none", "by-maintainer", "by-directory", "by-directory=1", "by-directory=42")) {
            assertEquals(s, Split.parse(s).orElseThrow().toString());
        }
        assertEquals(new Split(Split.Kind.BY_DIRECTORY, 2), Split.parse("by-directory=2").orElseThrow());
        assertEquals("by-directory", Split.parse("by-directory=2").orElseThrow().toString());
        assertEquals(Split.NONE, Split.parse(" none ").orElseThrow());
    }

    @Test
    void refusesWhatIsNotASplit() {
        for (String s : List.of("", "by-file", "by-directory=", "by-directory=0", "by-directory=-1",
                "by-directory=100", "by-directory=x", "By-Maintainer")) {
            assertEquals(Optional.empty(), Split.parse(s), s);
        }
        assertEquals(Optional.empty(), Split.parse(null));
    }
}
