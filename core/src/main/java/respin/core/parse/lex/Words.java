package respin.core.parse.lex;

import java.util.Arrays;
import java.util.Set;

/**
 * A fixed set of words that a token is looked up in where it stands in the file's text,
 * without cutting it out first: the model's readers ask this of most identifiers, and a
 * substring per question cost an allocation, a copy and a hash each time.
 */
public final class Words {
    private final String[] slots;
    /** The words of {@link #slots} as their ISO-8859-1 bytes, for {@link #contains(byte[], int, int)}. */
    private final byte[][] bytes;
    private final int[] hashes;
    private final int mask;
    /** Bit n set when some word has n chars (n below 64; longer words set bit 63). */
    private final long lengths;

    private Words(Set<String> words) {
        int cap = Integer.highestOneBit(Math.max(4, words.size() * 4 - 1)) << 1;
        slots = new String[cap];
        bytes = new byte[cap][];
        hashes = new int[cap];
        mask = cap - 1;
        long l = 0;
        for (String w : words) {
            l |= 1L << Math.min(w.length(), 63);
            int h = w.hashCode();
            int i = h & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
            bytes[i] = w.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            hashes[i] = h;
        }
        lengths = l;
    }

    public static Words of(String... words) {
        return new Words(Set.of(words));
    }

    public boolean contains(String word) {
        return contains(word, 0, word.length());
    }

    /** Whether {@code text} from {@code from} to {@code to} (exclusive) is one of the words. */
    public boolean contains(String text, int from, int to) {
        int n = to - from;
        if ((lengths & 1L << Math.min(n, 63)) == 0) {
            return false;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k); // String.hashCode of the range
        }
        for (int i = h & mask; slots[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && slots[i].length() == n && text.regionMatches(from, slots[i], 0, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether bytes {@code from} to {@code to} (exclusive) of {@code text}, one per char of a text
     * as {@code CSourceParser} reads a file, are one of the words.
     */
    public boolean contains(byte[] text, int from, int to) {
        int n = to - from;
        if ((lengths & 1L << Math.min(n, 63)) == 0) {
            return false;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + (text[k] & 0xff); // String.hashCode of the range
        }
        for (int i = h & mask; slots[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && Arrays.equals(text, from, to, bytes[i], 0, bytes[i].length)) {
                return true;
            }
        }
        return false;
    }
}
