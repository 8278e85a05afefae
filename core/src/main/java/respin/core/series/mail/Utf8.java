package respin.core.series.mail;

/** Git's UTF-8 helpers: picking one character and its display width ({@code git_wcwidth}). */
final class Utf8 {
    /** Ranges of East Asian Wide and Fullwidth characters, which take two columns. */
    private static final int[][] DOUBLE_WIDTH = {
        {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
        {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
        {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
        {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
        {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
        {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
        {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
        {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
        {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
        {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
        {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
        {0x1F200, 0x1F251}, {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF},
        {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };

    private Utf8() {
    }

    /**
     * Length in bytes of the valid UTF-8 character at {@code pos} (bytes past {@code end} read
     * as NUL), or -1 if the bytes there are not valid UTF-8 as git's {@code pick_one_utf8_char}
     * judges it.
     */
    static int charLength(byte[] s, int pos, int end) {
        int b0 = at(s, pos, end);
        if (b0 < 0x80) {
            return 1;
        }
        int b1 = at(s, pos + 1, end);
        if ((b0 & 0xe0) == 0xc0) {
            return (b1 & 0xc0) != 0x80 || (b0 & 0xfe) == 0xc0 ? -1 : 2;
        }
        int b2 = at(s, pos + 2, end);
        if ((b0 & 0xf0) == 0xe0) {
            boolean bad = (b1 & 0xc0) != 0x80 || (b2 & 0xc0) != 0x80
                    || (b0 == 0xe0 && (b1 & 0xe0) == 0x80)
                    || (b0 == 0xed && (b1 & 0xe0) == 0xa0)
                    || (b0 == 0xef && b1 == 0xbf && (b2 & 0xfe) == 0xbe);
            return bad ? -1 : 3;
        }
        int b3 = at(s, pos + 3, end);
        if ((b0 & 0xf8) == 0xf0) {
            boolean bad = (b1 & 0xc0) != 0x80 || (b2 & 0xc0) != 0x80 || (b3 & 0xc0) != 0x80
                    || (b0 == 0xf0 && (b1 & 0xf0) == 0x80)
                    || (b0 == 0xf4 && b1 > 0x8f) || b0 > 0xf4;
            return bad ? -1 : 4;
        }
        return -1;
    }

    /** The code point of a valid character of {@code len} bytes at {@code pos}. */
    static int codePoint(byte[] s, int pos, int len) {
        int b0 = s[pos] & 0xff;
        switch (len) {
            case 1:
                return b0;
            case 2:
                return ((b0 & 0x1f) << 6) | (s[pos + 1] & 0x3f);
            case 3:
                return ((b0 & 0x0f) << 12) | ((s[pos + 1] & 0x3f) << 6) | (s[pos + 2] & 0x3f);
            default:
                return ((b0 & 0x07) << 18) | ((s[pos + 1] & 0x3f) << 12)
                        | ((s[pos + 2] & 0x3f) << 6) | (s[pos + 3] & 0x3f);
        }
    }

    /** Columns taken by {@code ch}: 0, 1 or 2, and -1 for control characters, as {@code git_wcwidth}. */
    static int width(int ch) {
        if (ch == 0) {
            return 0;
        }
        if (ch < 32 || (ch >= 0x7f && ch < 0xa0)) {
            return -1;
        }
        int type = Character.getType(ch);
        boolean zero = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT;
        if ((zero && ch != 0xAD) || (ch >= 0x1160 && ch <= 0x11FF) || ch == 0x200B) {
            return 0;
        }
        for (int[] r : DOUBLE_WIDTH) {
            if (ch >= r[0] && ch <= r[1]) {
                return 2;
            }
        }
        return 1;
    }

    static int at(byte[] s, int i, int end) {
        return i < end ? s[i] & 0xff : 0;
    }
}
