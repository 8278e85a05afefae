package respin.core.parse.lex;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tokens of one file, exactly as {@code CLexer.g4} defines them, read by hand.
 *
 * <p>The ANTLR lexer is the specification (its token types are used here, and
 * {@code CScannerTest} holds the two to the same output on snippets, random input
 * and, when present, a real tree); this scanner is the fast path the parser uses,
 * about ten times faster than the ATN simulation. Arrays hold every token, hidden
 * and directive ones included ({@link #code} leaves out blanks and comments, which the
 * parse never reads): {@code start} inclusive, {@code end} exclusive,
 * {@code channel} 0 (parser), {@code Token.HIDDEN_CHANNEL} or {@code CLexer.DIRECTIVES}.
 *
 * <p>The text holds one char per byte of the file (ISO-8859-1, as {@link CSourceParser}
 * makes it); the scanner reads the file's bytes: those the caller already has, or a copy
 * of the text's (a char above U+00FF, which a file cannot give, reads as '?').
 */
public final class CScanner {
    static final int HIDDEN = org.antlr.v4.runtime.Token.HIDDEN_CHANNEL;

    final String text;
    /** The text's bytes, one per char. */
    final byte[] bytes;
    /** Whether blanks and comments are kept (they are scanned either way, for the line starts). */
    private final boolean hidden;
    /**
     * The indexes of the directive tokens, in order, {@link #directiveCount} of them. Without
     * {@link #hidden} tokens every other token is visible, unless the branches hid some
     * ({@link #visible} says).
     */
    public int[] directives = new int[0];
    public int directiveCount;
    public int[] type;
    public int[] channel;
    public int[] start;
    public int[] end;
    public int size;
    /** How many tokens are on the parser's channel (0), kept by whoever hides one. */
    public int visible;
    /**
     * For the n-th visible token, the index among the visible ones of the bracket that matches it, or
     * -1: {@link Toks#match}, found while scanning, and true while no token is hidden after. Each
     * visible token writes its own entry when it is added, and a closing bracket its opener's too.
     */
    int[] match;
    /** The visible indexes and types of the brackets open so far, {@link #depth} of them. */
    private int[] opened = new int[16];
    private int[] openedType = new int[16];
    private int depth;
    /**
     * Where each line starts (0, then after every '\n'), noted by the loops that read the bytes of
     * blanks, comments, directives and literals (no other token holds a line end); {@link #lines}
     * of them. A loop that fails to find its token's end takes its lines back.
     */
    private int[] lineStarts;
    private int lines = 1;

    private CScanner(String text, byte[] bytes, boolean hidden, CScanner spare) {
        this.text = text;
        this.bytes = bytes;
        this.hidden = hidden;
        // kernel C: a token per 4.2 bytes, a code token per 6.2 bytes; add() grows
        int guess = Math.max(16, text.length() / (hidden ? 4 : 5));
        // kernel C: a line per 28 bytes
        int lineGuess = 16 + bytes.length / 24;
        if (spare != null && spare.type.length >= guess) {
            type = spare.type;
            channel = spare.channel;
            start = spare.start;
            end = spare.end;
            match = spare.match;
        } else {
            type = new int[guess];
            channel = new int[guess];
            start = new int[guess];
            end = new int[guess];
            match = new int[guess];
        }
        lineStarts = spare != null && spare.lineStarts.length >= lineGuess ? spare.lineStarts : new int[lineGuess];
        lineStarts[0] = 0;
        if (spare != null && spare.directives.length > directives.length) {
            directives = spare.directives;
        }
    }

    /**
     * A scan that {@link #recycle} gave back on this thread: its arrays serve the next {@link #code}
     * scan, which so neither allocates nor zeroes five arrays of a fifth of the file's length.
     */
    private static final ThreadLocal<CScanner> SPARE = new ThreadLocal<>();
    /** The longest arrays kept for the next scan: 4 MB each (a 5 MB file). */
    private static final int MAX_SPARE = 1 << 20;

    /**
     * Gives this code scan's arrays to the next {@link #code} scan on this thread: the caller reads
     * nothing of this scan after (the {@link Toks} made of it hold copies).
     */
    public void recycle() {
        if (!hidden && type.length <= MAX_SPARE && lineStarts.length <= MAX_SPARE) {
            SPARE.set(this);
        }
    }

    public static CScanner scan(String text) {
        return scan(text, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The tokens of {@code text}, read from {@code bytes}: its ISO-8859-1 bytes, which the caller had already. */
    public static CScanner scan(String text, byte[] bytes) {
        CScanner s = new CScanner(text, bytes, true, null);
        s.run();
        return s;
    }

    /**
     * The parser's and directive tokens of {@code text} (read from its bytes, {@code bytes}), without
     * the blanks and comments between them: all that {@link Toks}, {@link ConditionalBranches} and the
     * directives need, in half the arrays.
     */
    public static CScanner code(String text, byte[] bytes) {
        CScanner spare = SPARE.get();
        SPARE.remove();
        CScanner s = new CScanner(text, bytes, false, spare);
        s.run();
        return s;
    }

    private void run() {
        final byte[] s = bytes;
        final int n = s.length;
        int i = 0;
        while (i < n) {
            char c = (char) (s[i] & 0xff);
            int j;
            int ty;
            int ch = 0;
            int m = -1;
            if (isIdentStart(c)) {
                j = identEnd(s, i + 1, n);
                ty = CLexer.IDENT;
                int q = j - i <= 2 && j < n && (s[j] == '"' || s[j] == '\'') ? quotedAfterPrefix(s, i, j, n) : -1;
                if (q > j) {
                    ty = s[j] == '"' ? CLexer.STRING : CLexer.CHAR;
                    j = q;
                } else {
                    ty = keyword(s, i, j);
                }
            } else if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && isDigit((char) s[i + 1])) {
                j = numberEnd(s, i + 1, n);
                ty = CLexer.NUMBER;
            } else {
                switch (c) {
                    case ' ', '\t', '\f', '\r', '\n', '\u000B' -> {
                        j = wsEnd(s, i, n);
                        ty = CLexer.WS;
                        ch = HIDDEN;
                    }
                    case '\\' -> {
                        int k = splice(s, i, n);
                        if (k > i) {
                            j = wsEnd(s, i, n);
                            ty = CLexer.WS;
                            ch = HIDDEN;
                        } else {
                            j = i + 1;
                            ty = CLexer.OTHER;
                        }
                    }
                    case '#' -> {
                        j = directiveEnd(s, i + 1, n);
                        ty = CLexer.DIRECTIVE;
                        ch = CLexer.DIRECTIVES;
                    }
                    case '/' -> {
                        char d = i + 1 < n ? (char) (s[i + 1] & 0xff) : 0;
                        int close = d == '*' ? indexOfCommentEnd(s, i + 2, n) : -1;
                        if (d == '*' && close >= 0) {
                            j = close + 2;
                            ty = CLexer.BLOCK_COMMENT;
                            ch = HIDDEN;
                        } else if (d == '*' && indexOfStar(s, i + 2, n) < 0) {
                            j = n;
                            lineStarts(s, i, j);
                            ty = CLexer.UNTERMINATED_COMMENT;
                            ch = HIDDEN;
                        } else if (d == '/' && i + 1 < n) {
                            j = lineCommentEnd(s, i + 2, n);
                            ty = CLexer.LINE_COMMENT;
                            ch = HIDDEN;
                        } else {
                            j = d == '=' ? i + 2 : i + 1;
                            ty = CLexer.OP;
                        }
                    }
                    case '"' -> {
                        j = stringEnd(s, i + 1, n);
                        ty = j > 0 ? CLexer.STRING : CLexer.OTHER;
                        j = j > 0 ? j : i + 1;
                    }
                    case '\'' -> {
                        j = charEnd(s, i + 1, n);
                        ty = j > 0 ? CLexer.CHAR : CLexer.OTHER;
                        j = j > 0 ? j : i + 1;
                    }
                    case '(' -> { j = i + 1; ty = CLexer.LPAREN; open(CLexer.LPAREN); }
                    case ')' -> { j = i + 1; ty = CLexer.RPAREN; m = close(CLexer.LPAREN); }
                    case '{' -> { j = i + 1; ty = CLexer.LBRACE; open(CLexer.LBRACE); }
                    case '}' -> { j = i + 1; ty = CLexer.RBRACE; m = close(CLexer.LBRACE); }
                    case '[' -> { j = i + 1; ty = CLexer.LBRACKET; open(CLexer.LBRACKET); }
                    case ']' -> { j = i + 1; ty = CLexer.RBRACKET; m = close(CLexer.LBRACKET); }
                    case ';' -> { j = i + 1; ty = CLexer.SEMI; }
                    case ',' -> { j = i + 1; ty = CLexer.COMMA; }
                    case '?' -> { j = i + 1; ty = CLexer.QUESTION; }
                    case ':' -> { j = i + 1; ty = CLexer.COLON; }
                    case '.' -> {
                        boolean dots = i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.';
                        j = dots ? i + 3 : i + 1;
                        ty = dots ? CLexer.ELLIPSIS : CLexer.DOT;
                    }
                    default -> {
                        j = operatorEnd(s, i, n);
                        ty = j < 0 ? CLexer.OTHER : simpleOperator(s, i, j);
                        j = j < 0 ? i + 1 : j;
                    }
                }
            }
            if (ch != HIDDEN || hidden) {
                add(ty, ch, i, j, m);
            }
            i = j;
        }
    }

    /** The offsets where the lines of the text start, in order: 0 and one after every '\n'. */
    public int[] lineStarts() {
        return Arrays.copyOf(lineStarts, lines);
    }

    private void lineStarts(byte[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s[k] == '\n') {
                line(k + 1);
            }
        }
    }

    /** A line starts at {@code at}. */
    private void line(int at) {
        if (lines == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lines * 2);
        }
        lineStarts[lines++] = at;
    }

    /**
     * Adds a token, visible with {@code match} as its {@link #match} when on channel 0 (the arrays
     * may be a spare scan's: every entry up to {@link #size}, or {@link #visible}, is written).
     */
    private void add(int ty, int ch, int from, int to, int match) {
        type[size] = ty;
        channel[size] = ch;
        if (ch == 0) {
            this.match[visible++] = match;
        } else if (ch == CLexer.DIRECTIVES) {
            directive(size);
        }
        start[size] = from;
        end[size] = to;
        if (++size == type.length) {
            grow();
        }
    }

    private void grow() {
        int cap = size * 2;
        type = Arrays.copyOf(type, cap);
        channel = Arrays.copyOf(channel, cap);
        start = Arrays.copyOf(start, cap);
        end = Arrays.copyOf(end, cap);
        match = Arrays.copyOf(match, cap);
    }

    /** A bracket of type {@code ty} opens: it will be the visible token at {@link #visible}. */
    private void open(int ty) {
        if (depth == opened.length) {
            opened = Arrays.copyOf(opened, depth * 2);
            openedType = Arrays.copyOf(openedType, depth * 2);
        }
        opened[depth] = visible;
        openedType[depth++] = ty;
    }

    /**
     * A bracket closes what {@code ty} opens: it matches the last one open if that is of this type.
     * The visible index of that opener, whose match it writes, or -1.
     */
    private int close(int ty) {
        if (depth > 0 && openedType[depth - 1] == ty) {
            int o = opened[--depth];
            match[o] = visible;
            return o;
        }
        return -1;
    }

    private void directive(int k) {
        if (directiveCount == directives.length) {
            directives = Arrays.copyOf(directives, Math.max(16, directiveCount * 2));
        }
        directives[directiveCount++] = k;
    }

    /** Byte classes, one bit each, so the loops over names, numbers and blanks test one table entry. */
    private static final int IDENT_START = 1;
    private static final int DIGIT = 2;
    private static final int IDENT = IDENT_START | DIGIT;
    /** A char that continues a number (exponent signs and digit separators aside). */
    private static final int NUMBER_PART = 4;
    private static final int BLANK = 8;
    /** A char a preprocessor line or a line comment must look at: line ends, backslash, slash. */
    private static final int LINE_SPECIAL = 16;
    private static final byte[] CLASS = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            boolean start = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
            boolean digit = c >= '0' && c <= '9';
            int k = (start ? IDENT_START : 0) | (digit ? DIGIT : 0)
                    | (start && c != '$' || digit || c == '.' ? NUMBER_PART : 0)
                    | (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n' || c == '\u000B' ? BLANK : 0)
                    | (c == '\n' || c == '\r' || c == '\\' || c == '/' ? LINE_SPECIAL : 0);
            CLASS[c] = (byte) k;
        }
    }

    private static boolean isIdentStart(char c) {
        return (CLASS[c & 0xff] & IDENT_START) != 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static int identEnd(byte[] s, int i, int n) {
        while (i < n && (CLASS[s[i] & 0xff] & IDENT) != 0) {
            i++;
        }
        return i;
    }

    /** After a prefix {@code L u8 u U} a string or char literal: its end, or -1. */
    private int quotedAfterPrefix(byte[] s, int i, int j, int n) {
        if (j >= n || j - i > 2) {
            return -1;
        }
        char q = (char) (s[j] & 0xff);
        if (q != '"' && q != '\'') {
            return -1;
        }
        char a = (char) (s[i] & 0xff);
        boolean prefix = j - i == 1 ? a == 'L' || a == 'u' || a == 'U' : a == 'u' && s[i + 1] == '8';
        if (!prefix) {
            return -1;
        }
        return q == '"' ? stringEnd(s, j + 1, n) : charEnd(s, j + 1, n);
    }

    private static int numberEnd(byte[] s, int i, int n) {
        while (i < n) {
            char c = (char) (s[i] & 0xff);
            if ((CLASS[c] & NUMBER_PART) != 0) {
                boolean signed = (c == 'e' || c == 'E' || c == 'p' || c == 'P') && i + 1 < n
                        && (s[i + 1] == '+' || s[i + 1] == '-');
                i += signed ? 2 : 1;
            } else if (c == '\'' && i + 1 < n && isHex((char) s[i + 1])) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** The length of a backslash-newline at {@code i} (2 or 3), or 0. */
    private static int spliceLength(byte[] s, int i, int n) {
        if (i + 1 < n && s[i + 1] == '\n') {
            return 2;
        }
        return i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n' ? 3 : 0;
    }

    private static int splice(byte[] s, int i, int n) {
        return i + spliceLength(s, i, n);
    }

    private int wsEnd(byte[] s, int i, int n) {
        while (i < n) {
            char c = (char) (s[i] & 0xff);
            if ((CLASS[c] & BLANK) != 0) {
                i++;
                if (c == '\n') {
                    line(i);
                }
            } else if (c == '\\' && spliceLength(s, i, n) > 0) {
                i += spliceLength(s, i, n);
                line(i);
            } else {
                break;
            }
        }
        return i;
    }

    private int lineCommentEnd(byte[] s, int i, int n) {
        while (i < n) {
            i = lineSpecial(s, i, n);
            if (i == n) {
                break;
            }
            char c = (char) (s[i] & 0xff);
            if (c == '/') {
                i++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                break;
            }
            int k = c == '\\' ? spliceLength(s, i, n) : 0;
            i += Math.max(1, k);
            if (k > 0) {
                line(i);
            }
        }
        return i;
    }

    /** After the opening quote: the end of the string, or -1 when it is not closed on its line. */
    private int stringEnd(byte[] s, int i, int n) {
        return quotedEnd(s, i, n, '"');
    }

    /** After the opening quote: the end of the (non-empty) character literal, or -1. */
    private int charEnd(byte[] s, int i, int n) {
        return quotedEnd(s, i, n, '\'');
    }

    /**
     * The end of a literal closed by {@code quote}: an escape takes any next char, and in a
     * string a backslash-CR-LF too; a character literal holds one char at least.
     */
    private int quotedEnd(byte[] s, int i, int n, char quote) {
        int from = i;
        int mark = lines;
        while (i < n) {
            char c = (char) (s[i] & 0xff);
            if (c == quote) {
                if (quote == '"' || i > from) {
                    return i + 1;
                }
                break;
            }
            if (c == '\r' || c == '\n' || c == '\\' && i + 1 >= n) {
                break;
            }
            if (c != '\\') {
                i++;
            } else {
                i += quote == '"' && spliceLength(s, i, n) == 3 ? 3 : 2;
                if (s[i - 1] == '\n') {
                    line(i);
                }
            }
        }
        lines = mark;
        return -1;
    }

    /** A preprocessor line from after its '#': up to an unspliced line end, block comments whole. */
    private int directiveEnd(byte[] s, int i, int n) {
        boolean lineComment = false;
        while (i < n) {
            i = lineSpecial(s, i, n);
            if (i == n) {
                break;
            }
            char c = (char) (s[i] & 0xff);
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '\\') {
                int k = spliceLength(s, i, n);
                if (k > 0) {
                    i += k;
                    line(i);
                    lineComment = false;
                } else if (i + 1 < n && s[i + 1] != '\r') {
                    i += 2;
                } else {
                    return lineComment ? i + 1 : i;
                }
            } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
                int close = indexOfCommentEnd(s, i + 2, n);
                i = close >= 0 ? close + 2 : i + 1;
            } else {
                if (c == '/' && i + 1 < n && s[i + 1] == '/') {
                    lineComment = true;
                    i++;
                }
                i++;
            }
        }
        return i;
    }

    /** The bytes of a file read eight at a time, in the order they stand ({@link #lineSpecial}). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The first byte from {@code i} on that is {@link #LINE_SPECIAL}, or {@code n}: the bodies of
     * preprocessor lines (a third of the kernel's bytes are register {@code #define}s) are read
     * eight bytes at a time, each word tested for the four bytes at once.
     */
    private static int lineSpecial(byte[] s, int i, int n) {
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONGS.get(s, i);
            long hit = zeroByte(w ^ '\n' * ONES) | zeroByte(w ^ '\r' * ONES) | zeroByte(w ^ '\\' * ONES)
                    | zeroByte(w ^ '/' * ONES);
            if (hit != 0) {
                // the lowest flag is exact: a false one only stands above a true one
                return i + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
        }
        while (i < n && (CLASS[s[i] & 0xff] & LINE_SPECIAL) == 0) {
            i++;
        }
        return i;
    }

    /** The high bit of each zero byte of {@code w} set, at least of the lowest one; 0 when none is zero. */
    private static long zeroByte(long w) {
        return (w - ONES) & ~w & HIGHS;
    }

    /** The end of an operator of the OP, ARROW, STAR, AMP or ASSIGN rules at {@code i}, or -1. */
    private static int operatorEnd(byte[] s, int i, int n) {
        char c = (char) (s[i] & 0xff);
        char d = i + 1 < n ? (char) (s[i + 1] & 0xff) : 0;
        switch (c) {
            case '+', '&', '|' -> {
                return d == c || d == '=' ? i + 2 : i + 1;
            }
            case '-' -> {
                return d == '-' || d == '=' || d == '>' ? i + 2 : i + 1;
            }
            case '<', '>' -> {
                if (d == c) {
                    return i + 2 < n && s[i + 2] == '=' ? i + 3 : i + 2;
                }
                return d == '=' ? i + 2 : i + 1;
            }
            case '*', '%', '^', '=', '!' -> {
                return d == '=' ? i + 2 : i + 1;
            }
            case '~' -> {
                return i + 1;
            }
            default -> {
                return -1;
            }
        }
    }

    private static int simpleOperator(byte[] s, int i, int j) {
        if (j - i == 2 && s[i] == '-' && s[i + 1] == '>') {
            return CLexer.ARROW;
        }
        if (j - i == 1) {
            switch (s[i]) {
                case '*' -> {
                    return CLexer.STAR;
                }
                case '&' -> {
                    return CLexer.AMP;
                }
                case '=' -> {
                    return CLexer.ASSIGN;
                }
                default -> {
                }
            }
        }
        return CLexer.OP;
    }

    /** The keywords of CLexer.g4 (STRUCT to DEFAULT), read from its vocabulary, as bytes. */
    private static final byte[][] KEYWORDS = keywords();
    /** The length of the longest keyword. */
    private static final int LONGEST = Arrays.stream(KEYWORDS, CLexer.STRUCT, CLexer.DEFAULT + 1)
            .mapToInt(w -> w.length).max().orElse(0);
    /**
     * The keyword types by first letter ('a' to 'z') and length (up to {@link #LONGEST}), at
     * {@code letter * (LONGEST + 1) + length}: an identifier is compared with these only.
     */
    private static final int[][] BY_FIRST_AND_LENGTH = new int[26 * (LONGEST + 1)][];

    private static byte[][] keywords() {
        byte[][] all = new byte[CLexer.DEFAULT + 1][];
        for (int ty = CLexer.STRUCT; ty <= CLexer.DEFAULT; ty++) {
            String literal = CLexer.VOCABULARY.getLiteralName(ty);
            all[ty] = literal.substring(1, literal.length() - 1).getBytes(StandardCharsets.ISO_8859_1);
        }
        return all;
    }

    static {
        for (int c = 0; c < 26; c++) {
            for (int len = 0; len <= LONGEST; len++) {
                final int first = 'a' + c;
                final int length = len;
                BY_FIRST_AND_LENGTH[c * (LONGEST + 1) + len] = java.util.stream.IntStream
                        .rangeClosed(CLexer.STRUCT, CLexer.DEFAULT)
                        .filter(ty -> KEYWORDS[ty][0] == first && KEYWORDS[ty].length == length).toArray();
            }
        }
    }

    private static int keyword(byte[] s, int i, int j) {
        int c = s[i] - 'a';
        int length = j - i;
        if (length > LONGEST || c < 0 || c >= 26) {
            return CLexer.IDENT;
        }
        for (int ty : BY_FIRST_AND_LENGTH[c * (LONGEST + 1) + length]) {
            if (is(s, i, KEYWORDS[ty])) {
                return ty;
            }
        }
        return CLexer.IDENT;
    }

    /** Whether {@code word} stands at {@code i} of {@code s} (which holds its length from there). */
    private static boolean is(byte[] s, int i, byte[] word) {
        for (int k = 1; k < word.length; k++) { // the first letter is equal
            if (s[i + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** Where the first {@code * /} at or after {@code i} starts (noting the lines before it), or -1. */
    private int indexOfCommentEnd(byte[] s, int i, int n) {
        int mark = lines;
        for (int k = starOrNewline(s, i, n - 1); k + 1 < n; k = starOrNewline(s, k + 1, n - 1)) {
            if (s[k] == '\n') {
                line(k + 1);
            } else if (s[k + 1] == '/') {
                return k;
            }
        }
        lines = mark;
        return -1;
    }

    /** The first '*' or '\n' in {@code [i, to)}, or {@code to}: comments are read eight bytes at a time too. */
    private static int starOrNewline(byte[] s, int i, int to) {
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(s, i);
            long hit = zeroByte(w ^ '*' * ONES) | zeroByte(w ^ '\n' * ONES);
            if (hit != 0) {
                return i + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
        }
        while (i < to && s[i] != '*' && s[i] != '\n') {
            i++;
        }
        return i;
    }

    private static int indexOfStar(byte[] s, int i, int n) {
        for (int k = i; k < n; k++) {
            if (s[k] == '*') {
                return k;
            }
        }
        return -1;
    }
}
