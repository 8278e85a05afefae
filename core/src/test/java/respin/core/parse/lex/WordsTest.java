package respin.core.parse.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words finds a word where it stands, in a String or in the bytes of one, as a set of Strings would;
 * a word of a set's length, first and last letters ({@code cinst}) is not taken for one.
 */
class WordsTest {
    private static final Words WORDS = Words.of("const", "__rcu", "int", "x\u00e9", "a_very_long_name_of_more_than_64_chars_"
            + "that_sets_the_last_length_bit");

    @Test
    void inPlaceInTextAndBytes() {
        String text = "const __rcu int x\u00e9 xe consts cons cinst __RCU in a_very_long_name_of_more_than_64_chars_"
                + "that_sets_the_last_length_bit a_very_long_name_of_more_than_64_chars_that_sets_the_last_length_bi";
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        StringBuilder found = new StringBuilder();
        int from = 0;
        for (String w : List.of(text.split(" "))) {
            int to = from + w.length();
            assertEquals(WORDS.contains(w), WORDS.contains(text, from, to), w);
            assertEquals(WORDS.contains(w), WORDS.contains(bytes, from, to), w);
            found.append(WORDS.contains(bytes, from, to) ? "+" : "-");
            from = to + 1;
        }
        assertEquals("++++------+-", found.toString());
    }
}
