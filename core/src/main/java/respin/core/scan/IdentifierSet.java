package respin.core.scan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A few identifiers, looked for as whole words in raw file bytes without decoding or
 * allocating: the candidate scan runs it over every blob of a tree, so it must cost about
 * what reading the bytes costs.
 *
 * <p>A word is a run of letters, digits and {@code _} (bytes read as ISO-8859-1, so a
 * non-ASCII letter next to a name makes another word) that does not start with a digit.
 * Comments and strings count like code.
 */
final class IdentifierSet {
    private static final boolean[] WORD = new boolean[256];
    private static final boolean[] DIGIT = new boolean[256];
    private static final byte[] STRUCT = "struct".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] UNION = "union".getBytes(StandardCharsets.ISO_8859_1);

    static {
        for (int b = 0; b < 256; b++) {
            char c = (char) b;
            WORD[b] = Character.isLetterOrDigit(c) || c == '_';
            DIGIT[b] = Character.isDigit(c);
        }
    }

    /** Names by length: {@code byLength[n]} holds the names of n bytes (null when none). */
    private final byte[][][] byLength;

    IdentifierSet(Set<String> names) {
        int max = names.stream().mapToInt(String::length).max().orElse(0);
        byte[][][] table = new byte[max + 1][][];
        for (String name : names) {
            byte[] b = name.getBytes(StandardCharsets.ISO_8859_1);
            byte[][] old = table[b.length] == null ? new byte[0][] : table[b.length];
            byte[][] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = b;
            table[b.length] = grown;
        }
        this.byLength = table;
    }

    /** True when one of the names stands in {@code text} as a whole word. */
    boolean foundIn(byte[] text) {
        return foundIn(text, null);
    }

    /**
     * True when one of the names stands in {@code text} as a whole word; until then, hands
     * {@code tags} (when not null) every word that follows {@code struct} or {@code union}
     * and white space, so that a later question about tags needs no second pass.
     */
    boolean foundIn(byte[] text, Consumer<String> tags) {
        int n = text.length;
        int i = 0;
        boolean tagNext = false;
        while (i < n) {
            int b = text[i] & 0xff;
            if (!WORD[b]) {
                tagNext &= b == ' ' || b == '\t' || b == '\n';
                i++;
                continue;
            }
            int s = i;
            while (i < n && WORD[text[i] & 0xff]) {
                i++;
            }
            int len = i - s;
            if (!DIGIT[b] && len < byLength.length && byLength[len] != null && matches(text, s, byLength[len])) {
                return true;
            }
            if (tags != null) {
                if (tagNext && !DIGIT[b]) {
                    tags.accept(new String(text, s, len, StandardCharsets.ISO_8859_1));
                }
                tagNext = len == 6 && Arrays.equals(text, s, i, STRUCT, 0, 6)
                        || len == 5 && Arrays.equals(text, s, i, UNION, 0, 5);
            }
        }
        return false;
    }

    private static boolean matches(byte[] text, int at, byte[][] names) {
        for (byte[] name : names) {
            if (Arrays.equals(text, at, at + name.length, name, 0, name.length)) {
                return true;
            }
        }
        return false;
    }
}
