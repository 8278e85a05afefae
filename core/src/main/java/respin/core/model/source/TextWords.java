package respin.core.model.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The words of one file's text, listed on first use: every maximal run of C identifier
 * characters ({@code [A-Za-z0-9_$]}) that does not start with a digit, in code, comments and
 * strings alike. {@link #contains} answers exactly, and a text is read once however many
 * words are asked, so a rewriter or a check asks it before it builds a file's syntax tree:
 * a file without the word {@code kvm} has no identifier {@code kvm}, while one
 * {@code String.contains} per word read the whole text each time, and answered yes for
 * {@code kvm_put_kvm} too.
 *
 * <p>The table is open addressing over the words' first offsets (two ints a slot, no string
 * per word), built under a lock so that threads sharing a unit see one table.
 */
public final class TextWords {
    private static final boolean[] WORD = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
        }
    }

    private final String text;
    /** Per slot, the hash of a word ({@link String#hashCode}) and the offset of its first occurrence, -1 empty. */
    private volatile int[] table;

    public TextWords(String text) {
        this.text = text;
    }

    /** True when {@code word} is one of the text's words (false for anything that is not one word). */
    public boolean contains(String word) {
        int n = word.length();
        if (n == 0 || isDigit(word.charAt(0))) {
            return false;
        }
        int h = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c > 0xff || !WORD[c]) {
                return false;
            }
            h = 31 * h + c;
        }
        int[] t = table();
        int mask = t.length / 2 - 1;
        for (int slot = mix(h) & mask;; slot = (slot + 1) & mask) {
            int start = t[2 * slot + 1];
            if (start < 0) {
                return false;
            }
            if (t[2 * slot] == h && text.startsWith(word, start)
                    && (start + n == text.length() || !isWordChar(text.charAt(start + n)))) {
                return true;
            }
        }
    }

    /**
     * The offsets where {@code word} stands as a whole word, ascending; none when it is not one
     * of the text's words. Read from its first occurrence on, so asking costs nothing for a file
     * without it.
     */
    public int[] occurrences(String word) {
        if (!contains(word)) {
            return new int[0];
        }
        int[] out = new int[4];
        int count = 0;
        int n = word.length();
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + n)) {
            if ((at == 0 || !isWordChar(text.charAt(at - 1)))
                    && (at + n == text.length() || !isWordChar(text.charAt(at + n)))) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, 2 * count);
                }
                out[count++] = at;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Lists the words now, if not yet: a loader that makes units on every core lists them there. */
    public TextWords prepare() {
        table();
        return this;
    }

    private int[] table() {
        int[] t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = build(text);
                    table = t;
                }
            }
        }
        return t;
    }

    /** One pass over the text's bytes (one per char); the table doubles when it is half full. */
    private static int[] build(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        int[] t = empty(Math.max(64, Integer.highestOneBit(Math.max(1, b.length / 16)) * 2));
        int used = 0;
        int n = b.length;
        int i = 0;
        while (i < n) {
            if (!WORD[b[i] & 0xff]) {
                i++;
                continue;
            }
            int start = i;
            int h = 0;
            int c;
            while (i < n && WORD[c = b[i] & 0xff]) {
                h = 31 * h + c;
                i++;
            }
            if (isDigit((char) b[start])) {
                continue;
            }
            if (add(t, b, h, start, i - start)) {
                used++;
                if (2 * used > t.length / 2) {
                    t = grow(t);
                }
            }
        }
        return t;
    }

    /** Adds the word at {@code start} of {@code b} unless the table has it; true when added. */
    private static boolean add(int[] t, byte[] b, int h, int start, int length) {
        int mask = t.length / 2 - 1;
        for (int slot = mix(h) & mask;; slot = (slot + 1) & mask) {
            int at = t[2 * slot + 1];
            if (at < 0) {
                t[2 * slot] = h;
                t[2 * slot + 1] = start;
                return true;
            }
            int end = at + length;
            if (t[2 * slot] == h && end <= b.length && (end == b.length || !WORD[b[end] & 0xff])
                    && Arrays.equals(b, at, end, b, start, start + length)) {
                return false;
            }
        }
    }

    private static int[] grow(int[] t) {
        int[] bigger = empty(t.length);
        int mask = bigger.length / 2 - 1;
        for (int s = 0; s < t.length / 2; s++) {
            int start = t[2 * s + 1];
            if (start >= 0) {
                int slot = mix(t[2 * s]) & mask;
                while (bigger[2 * slot + 1] >= 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[2 * slot] = t[2 * s];
                bigger[2 * slot + 1] = start;
            }
        }
        return bigger;
    }

    /** A table of {@code slots} empty slots. */
    private static int[] empty(int slots) {
        int[] t = new int[2 * slots];
        for (int s = 1; s < t.length; s += 2) {
            t[s] = -1;
        }
        return t;
    }

    private static int mix(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }

    private static boolean isWordChar(char c) {
        return c <= 0xff && WORD[c];
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Derived from the text alone: two are equal when their units' texts are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TextWords;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
