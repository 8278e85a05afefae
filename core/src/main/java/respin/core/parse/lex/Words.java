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
    /**
     * Per length n (below 63; longer words share the last): bit {@link #bucket} of the first and last
     * chars set for each word of n chars. Most tokens asked about are no word of the set, and most of
     * them fail this test, before any hash is computed.
     */
    private final long[] shapes = new long[64];

    private Words(Set<String> words) {
        int cap = Integer.highestOneBit(Math.max(4, words.size() * 4 - 1)) << 1;
        slots = new String[cap];
        bytes = new byte[cap][];
        hashes = new int[cap];
        mask = cap - 1;
        for (String w : words) {
            int n = w.length();
            shapes[Math.min(n, 63)] |= 1L << (n == 0 ? 0 : bucket(w.charAt(0), w.charAt(n - 1)));
            int h = w.hashCode();
            int i = h & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
            bytes[i] = w.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            hashes[i] = h;
        }
    }

    /** One of 64 buckets for a word's first and last chars (a shift uses the low six bits). */
    private static int bucket(int first, int last) {
        return first * 7 + last;
    }

    /** False when no word has {@code n} chars, {@code first} first and {@code last} last; true when one may. */
    private boolean mayHold(int n, int first, int last) {
        return (shapes[Math.min(n, 63)] >>> bucket(first, last) & 1) != 0;
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
        if (n <= 0 ? n < 0 || shapes[0] == 0 : !mayHold(n, text.charAt(from), text.charAt(to - 1))) {
            return false;
        }
        return lookUp(text, from, to);
    }

    /** {@link #contains(String, int, int)} past the filter: small enough to be inlined, the lookup apart. */
    private boolean lookUp(String text, int from, int to) {
        int n = to - from;
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
        if (n <= 0 ? n < 0 || shapes[0] == 0 : !mayHold(n, text[from] & 0xff, text[to - 1] & 0xff)) {
            return false;
        }
        return lookUp(text, from, to);
    }

    /** {@link #contains(byte[], int, int)} past the filter. */
    private boolean lookUp(byte[] text, int from, int to) {
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
