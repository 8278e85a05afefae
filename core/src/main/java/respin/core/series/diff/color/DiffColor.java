package respin.core.series.diff.color;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One file's patch coloured as {@code git diff --color} colours it with git's default colours:
 * header lines bold, hunk ranges cyan with the function name plain after them, removed lines
 * red, added lines green with whitespace errors on a red background (blank lines added at
 * the end of the file included), context plain; each coloured run ends with a reset.
 */
public final class DiffColor {
    static final String META = "\033[1m";
    static final String FRAG = "\033[36m";
    static final String OLD = "\033[31m";
    static final String NEW = "\033[32m";
    static final String WHITESPACE = "\033[41m";
    static final String RESET = "\033[m";
    private static final String CONTEXT = "";
    private static final String FUNC = "";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int rule;
    private final int blankAtEofPre;
    private final int blankAtEofPost;
    private int lnoPre;
    private int lnoPost;

    private DiffColor(byte[] oldText, byte[] newText, int rule) {
        this.rule = rule;
        int pre = 0;
        int post = 0;
        if ((rule & Whitespace.BLANK_AT_EOF) != 0) {
            int l1 = Whitespace.trailingBlank(oldText);
            int l2 = Whitespace.trailingBlank(newText);
            if (l2 > l1) {
                pre = Whitespace.lineCount(oldText) - l1 + 1;
                post = Whitespace.lineCount(newText) - l2 + 1;
            }
        }
        blankAtEofPre = pre;
        blankAtEofPost = post;
    }

    /** The whitespace rule git takes from {@code core.whitespace} (null: git's default). */
    public static int whitespaceRule(String coreWhitespace) {
        return Whitespace.parse(coreWhitespace);
    }

    /**
     * {@code patch}, the plain text of one file's patch from {@code oldText} to {@code newText}
     * (empty for a binary file), coloured.
     */
    public static byte[] colour(byte[] patch, byte[] oldText, byte[] newText, int whitespaceRule) {
        DiffColor c = new DiffColor(oldText, newText, whitespaceRule);
        boolean hunks = false;
        int pos = 0;
        while (pos < patch.length) {
            int end = pos;
            while (end < patch.length && patch[end] != '\n') {
                end++;
            }
            end = Math.min(end + 1, patch.length);
            hunks |= patch[pos] == '@';
            if (hunks) {
                c.hunkLine(patch, pos, end);
            } else {
                c.headerLine(patch, pos, end);
            }
            pos = end;
        }
        return c.out.toByteArray();
    }

    /** Writes {@code set}, {@code d[from, to)}, {@code reset}. */
    static void put(ByteArrayOutputStream out, String set, byte[] d, int from, int to, String reset) {
        out.writeBytes(set.getBytes(StandardCharsets.ISO_8859_1));
        out.write(d, from, to - from);
        out.writeBytes(reset.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void headerLine(byte[] d, int from, int to) {
        int end = d[to - 1] == '\n' ? to - 1 : to;
        if (startsWith(d, from, "Binary files ")) {
            out.write(d, from, to - from);
            return;
        }
        boolean label = startsWith(d, from, "--- ") || startsWith(d, from, "+++ ");
        int text = label && end > from && d[end - 1] == '\t' ? end - 1 : end;
        put(out, META, d, from, text, RESET);
        out.write(d, text, to - text);
    }

    private void hunkLine(byte[] d, int from, int to) {
        switch (d[from]) {
            case '@' -> hunkHeader(d, from, to);
            case '+' -> {
                lnoPost++;
                if (blankAtEof(d, from + 1, to)) {
                    line(WHITESPACE, d, from, to);
                } else {
                    put(out, NEW, d, from, from + 1, RESET);
                    Whitespace.emit(out, d, from + 1, to, rule, NEW, RESET, WHITESPACE);
                }
            }
            case '-' -> {
                lnoPre++;
                line(OLD, d, from, to);
            }
            case ' ' -> {
                lnoPre++;
                lnoPost++;
                line(CONTEXT, d, from, to);
            }
            default -> line(CONTEXT, d, from, to);
        }
    }

    /** Git's {@code new_blank_line_at_eof}: a blank line added where both sides' trailing blank lines begin. */
    private boolean blankAtEof(byte[] d, int from, int to) {
        return blankAtEofPre != 0 && blankAtEofPost != 0 && blankAtEofPre <= lnoPre
                && blankAtEofPost <= lnoPost && Whitespace.blank(d, from, to);
    }

    /** Git's {@code emit_line_0} with one colour over the sign and the text; CR and LF after the reset. */
    private void line(String set, byte[] d, int from, int to) {
        int end = to;
        boolean lf = end > from && d[end - 1] == '\n';
        if (lf) {
            end--;
        }
        boolean cr = end > from && d[end - 1] == '\r';
        if (cr) {
            end--;
        }
        put(out, set, d, from, end, RESET);
        if (cr) {
            out.write('\r');
        }
        if (lf) {
            out.write('\n');
        }
    }

    /** Git's {@code emit_hunk_header}: ranges in the frag colour, blanks in context, the function name in func. */
    private void hunkHeader(byte[] d, int from, int to) {
        lnoPre = number(d, from, '-');
        lnoPost = number(d, from, '+');
        int ep = -1;
        for (int i = from + 2; i + 1 < to; i++) {
            if (d[i] == '@' && d[i + 1] == '@') {
                ep = i + 2;
                break;
            }
        }
        if (to - from < 10 || ep < 0) {
            line(CONTEXT, d, from, to);
            return;
        }
        put(out, FRAG, d, from, ep, RESET);
        int len = to;
        for (int i = 1; i < 3; i++) {
            if (d[len - i] == '\r' || d[len - i] == '\n') {
                len--;
            }
        }
        int cp = ep;
        while (ep < len && (d[ep] == ' ' || d[ep] == '\t')) {
            ep++;
        }
        if (ep != cp) {
            put(out, CONTEXT, d, cp, ep, RESET);
        }
        if (ep < len) {
            put(out, FUNC, d, ep, len, RESET);
        }
        out.write(d, len, to - len);
        if (d[to - 1] != '\n') {
            out.write('\n');
        }
    }

    /** Git's {@code find_lno}: the number after the first {@code ch} of the header. */
    private static int number(byte[] d, int from, char ch) {
        int i = from;
        while (d[i] != ch) {
            i++;
        }
        int n = 0;
        for (i++; d[i] >= '0' && d[i] <= '9'; i++) {
            n = n * 10 + d[i] - '0';
        }
        return n;
    }

    private static boolean startsWith(byte[] d, int from, String s) {
        if (d.length - from < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (d[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
