package respin.core.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * A few identifiers, looked for as whole words in raw file bytes without decoding or
 * allocating: the candidate scan runs it over every blob of a tree, so it must cost about
 * what reading the bytes costs.
 *
 * <p>A word is a run of letters, digits and {@code _} (bytes read as ISO-8859-1, so a
 * non-ASCII letter next to a name makes another word) that does not start with a digit.
 * Comments and strings count like code. A tag is a word that follows {@code struct} or
 * {@code union} and nothing but spaces, tabs and newlines.
 */
final class IdentifierSet {
    private static final boolean[] WORD = new boolean[256];
    private static final boolean[] DIGIT = new boolean[256];
    private static final byte[] STRUCT = "struct".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] UNION = "union".getBytes(StandardCharsets.ISO_8859_1);
    /** The blanks {@link #skipScan} skips between a keyword and its tag. */
    private static final byte[] BLANKS = {' ', '\t', '\n'};

    static {
        for (int b = 0; b < 256; b++) {
            char c = (char) b;
            WORD[b] = Character.isLetterOrDigit(c) || c == '_';
            DIGIT[b] = Character.isDigit(c);
        }
    }

    /** Receives the tags of a text as byte ranges, so that a known tag costs no allocation. */
    interface TagSink {
        void tag(byte[] text, int start, int length);
    }

    private final List<String> names;
    /** Names by length: {@code byLength[n]} holds the indices of the names of n bytes (null when none). */
    private final int[][] byLength;
    private final byte[][] bytes;
    /** Skip searches for the names alone and with {@code struct} and {@code union}; null when a name is too short. */
    private final SkipSearch plain;
    private final SkipSearch tagged;

    IdentifierSet(Collection<String> names) {
        this.names = List.copyOf(new ArrayList<>(new java.util.LinkedHashSet<>(names)));
        int max = this.names.stream().mapToInt(String::length).max().orElse(0);
        int[][] table = new int[max + 1][];
        bytes = new byte[this.names.size()][];
        for (int k = 0; k < bytes.length; k++) {
            byte[] b = this.names.get(k).getBytes(StandardCharsets.ISO_8859_1);
            bytes[k] = b;
            int[] old = table[b.length] == null ? new int[0] : table[b.length];
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = k;
            table[b.length] = grown;
        }
        this.byLength = table;
        boolean searchable = Arrays.stream(bytes).allMatch(b -> b.length >= 2);
        plain = searchable && bytes.length > 0 ? new SkipSearch(bytes) : null;
        // a tag follows its keyword after blanks, so the keyword is searched with the first blank:
        // the same answers, and with patterns of six bytes or more the search skips further
        byte[][] withTags = Arrays.copyOf(bytes, bytes.length + 2 * BLANKS.length);
        for (int b = 0; b < BLANKS.length; b++) {
            withTags[bytes.length + b] = withBlank(STRUCT, BLANKS[b]);
            withTags[bytes.length + BLANKS.length + b] = withBlank(UNION, BLANKS[b]);
        }
        tagged = searchable ? new SkipSearch(withTags) : null;
    }

    private static byte[] withBlank(byte[] keyword, byte blank) {
        byte[] b = Arrays.copyOf(keyword, keyword.length + 1);
        b[keyword.length] = blank;
        return b;
    }

    /** The names, in a fixed order: {@link #scan} marks them by index. */
    List<String> names() {
        return names;
    }

    /** True when one of the names stands in {@code text} as a whole word. */
    boolean foundIn(byte[] text) {
        return foundIn(text, null);
    }

    /**
     * True when one of the names stands in {@code text} as a whole word; until then, hands
     * {@code tags} (when not null) every tag, so that a later question about tags needs no
     * second pass.
     */
    boolean foundIn(byte[] text, Consumer<String> tags) {
        boolean[] found = new boolean[names.size()];
        return scan(text, found, tags == null ? null
                : (t, s, n) -> tags.accept(new String(t, s, n, StandardCharsets.ISO_8859_1)), true);
    }

    /**
     * Marks {@code found[i]} for each name i that stands in {@code text} as a whole word and
     * hands {@code tags} (when not null) every tag of the whole text. Returns whether a name was found.
     */
    boolean scan(byte[] text, boolean[] found, TagSink tags) {
        return scan(text, found, tags, false);
    }

    private boolean scan(byte[] text, boolean[] found, TagSink tags, boolean firstOnly) {
        if (tags == null && bytes.length == 0) {
            return false;
        }
        SkipSearch search = tags == null ? plain : tagged;
        return search != null ? skipScan(search, text, found, tags, firstOnly) : wordScan(text, found, tags, firstOnly);
    }

    /** The same answers as {@link #wordScan}, from the places the skip search finds. */
    private boolean skipScan(SkipSearch search, byte[] text, boolean[] found, TagSink tags, boolean firstOnly) {
        int names = bytes.length;
        int n = text.length;
        boolean[] any = new boolean[1];
        search.search(text, (k, s) -> {
            int e = s + (k < names ? bytes[k].length : k < names + BLANKS.length ? STRUCT.length : UNION.length);
            if ((s > 0 && WORD[text[s - 1] & 0xff]) || (e < n && WORD[text[e] & 0xff])) {
                return true;
            }
            if (k < names) {
                found[k] = true;
                any[0] = true;
                return !firstOnly;
            }
            int t = e;
            while (t < n && (text[t] == ' ' || text[t] == '\t' || text[t] == '\n')) {
                t++;
            }
            if (t < n && WORD[text[t] & 0xff] && !DIGIT[text[t] & 0xff]) {
                int end = t;
                while (end < n && WORD[text[end] & 0xff]) {
                    end++;
                }
                tags.tag(text, t, end - t);
            }
            return true;
        });
        return any[0];
    }

    /** Word by word: for names shorter than two bytes, and the reference the skip search agrees with. */
    boolean wordScan(byte[] text, boolean[] found, TagSink tags, boolean firstOnly) {
        int n = text.length;
        int i = 0;
        boolean any = false;
        boolean tagNext = false;
        int[][] lengths = byLength;
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
            if (DIGIT[b]) {
                tagNext = false;
                continue;
            }
            if (len < lengths.length && lengths[len] != null) {
                for (int k : lengths[len]) {
                    if (Arrays.equals(text, s, i, bytes[k], 0, len)) {
                        found[k] = true;
                        any = true;
                    }
                }
                if (any && firstOnly) {
                    return true;
                }
            }
            if (tags != null) {
                if (tagNext) {
                    tags.tag(text, s, len);
                }
                tagNext = len == 6 && Arrays.equals(text, s, i, STRUCT, 0, 6)
                        || len == 5 && Arrays.equals(text, s, i, UNION, 0, 5);
            }
        }
        return any;
    }
}
