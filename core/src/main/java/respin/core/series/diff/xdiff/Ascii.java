package respin.core.series.diff.xdiff;

/** Git's locale-independent character classes ({@code sane_ctype}), on single bytes. */
public final class Ascii {
    private Ascii() {
    }

    /** Git's {@code isspace}: space, tab, newline and carriage return only. */
    public static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    public static boolean isAlpha(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    public static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    public static boolean isAlnum(int b) {
        return isAlpha(b) || isDigit(b);
    }

    /** Git's {@code non_ascii}: the high bit set, or ESC (ISO-2022). */
    public static boolean nonAscii(int b) {
        return (b & 0x80) != 0 || b == 0x1b;
    }

    public static boolean hasNonAscii(byte[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (nonAscii(s[i])) {
                return true;
            }
        }
        return false;
    }
}
