package respin.core.check.patch;

/** Column counting and {@code cat -vet} display the way checkpatch.pl (Perl, on bytes) does them. */
public final class Columns {
    public static final int TAB_SIZE = 8;

    private Columns() {}

    /**
     * Length of {@code s} after {@code expand_tabs}: tabs advance to the next multiple of 8, and
     * every other character counts its bytes (UTF-8 when {@code utf8}, else one).
     */
    static int width(CharSequence s, boolean utf8) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                n += TAB_SIZE - n % TAB_SIZE;
            } else {
                n += utf8 ? utf8Bytes(c) : 1;
            }
        }
        return n;
    }

    private static int utf8Bytes(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        // a surrogate pair is 4 bytes, counted 2 per half
        return Character.isSurrogate(c) ? 2 : 3;
    }

    /** checkpatch's {@code cat_vet}: ASCII control characters as {@code ^X}, then a {@code $}. */
    public static String catVet(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append('^').append((char) (c + 64));
            } else {
                out.append(c);
            }
        }
        return out.append('$').toString();
    }
}
