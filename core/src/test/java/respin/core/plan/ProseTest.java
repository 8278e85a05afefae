package respin.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void listsJoinWithAnd() {
        assertEquals("", Prose.list(List.of()));
        assertEquals("a", Prose.list(List.of("a")));
        assertEquals("a and b", Prose.list(List.of("a", "b")));
        assertEquals("a, b and c", Prose.list(List.of("a", "b", "c")));
    }

    @Test
    void wrapsOnSpacesAndKeepsALongWordWhole() {
        assertEquals("kvm_get_kvm() becomes\nget_file() in\nvirt/kvm/vfio.c",
                Prose.wrap("kvm_get_kvm() becomes get_file() in virt/kvm/vfio.c", 21));
        assertEquals("a\nvery_long_word_here\nb", Prose.wrap("a very_long_word_here b", 5));
    }

    @Test
    void trailingSpacesGoAndInnerRunsStayAsBefore() {
        assertEquals("a b", Prose.wrap("a b  ", 72));
        assertEquals("a  b", Prose.wrap("a  b", 72));
        assertEquals("", Prose.wrap("   ", 72));
        assertEquals("", Prose.wrap("", 72));
    }
}
