package respin.core.check.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColumnsTest {
    @Test
    void expandsTabsToTheNextMultipleOfEight() {
        assertEquals(0, Columns.width("", true));
        assertEquals(8, Columns.width("1234567\t", true));
        assertEquals(16, Columns.width("12345678\t", true));
        assertEquals(17, Columns.width("\t\tx", true));
    }

    @Test
    void countsUtf8BytesOrSingleBytes() {
        assertEquals(10, Columns.width("é\té", true));
        assertEquals(9, Columns.width("é\té", false));
    }

    @Test
    void catVetShowsControlCharactersAndTheLineEnd() {
        assertEquals("+a^Ib ^M$", Columns.catVet("+a\tb \r"));
        // DEL becomes '^' and chr(127 + 64), as Perl's sprintf("^%c") makes it
        assertEquals("^@^[^\u00bfé$", Columns.catVet("\0\u001b\u007fé"));
    }
}
