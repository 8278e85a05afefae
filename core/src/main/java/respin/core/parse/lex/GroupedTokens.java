package respin.core.parse.lex;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import respin.core.model.source.LineMap;

/**
 * The tokens the parser reads: the visible tokens of a file, with each balanced
 * {@code (...)} and {@code [...]} group, and each {@code {...}} right after '=',
 * folded into one token; so are the top-level items that have no ';' (macro
 * lines, elements of a table included inside an array), and so is what nests
 * deeper than {@link NestingLimit} allows, and a run of more than {@link #MAX_RUN}
 * operators (which would cost the parser a tree node each). A token remembers the visible tokens it
 * stands for.
 */
public final class GroupedTokens {
    /** Operators in a row (no C code has a dozen) beyond which the run is one opaque token. */
    static final int MAX_RUN = 256;
    public static final String RUN_REASON = "a run of more than " + MAX_RUN + " operators";
    private GroupedTokens() {
    }

    /**
     * A parser token standing for visible tokens {@code first..last}. Its text, and its
     * offsets, are read from the tokens only when asked for: the parser never asks, the
     * model rarely does. EOF stands for no token: {@code first} is past the last one.
     */
    public static final class Grouped implements Token {
        /** What all tokens of a file share, held once: a field less per token. */
        private final File file;
        private final int type;
        private final int index;
        public final int first;
        public final int last;

        private Grouped(File file, int type, int index, int first, int last) {
            this.file = file;
            this.type = type;
            this.index = index;
            this.first = first;
            this.last = last;
        }

        @Override
        public String getText() {
            return switch (type) {
                case CLexer.PARENS -> "(...)";
                case CLexer.BRACKETS -> "[...]";
                case CLexer.INIT_BRACES -> "{...}";
                case CLexer.MACRO_LINE -> file.t.text(first) + "(...)";
                case CLexer.INIT_ITEM -> "{...},";
                case CLexer.DEEP, CLexer.RUN -> "...";
                case Token.EOF -> "<EOF>";
                default -> file.t.text(first);
            };
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public int getLine() {
            int start = getStartIndex();
            return start < 0 ? 1 : file.lines.line(start);
        }

        @Override
        public int getCharPositionInLine() {
            int start = getStartIndex();
            return start < 0 ? 0 : start - file.lines.lineStart(getLine());
        }

        @Override
        public int getChannel() {
            return Token.DEFAULT_CHANNEL;
        }

        @Override
        public int getTokenIndex() {
            return index;
        }

        @Override
        public int getStartIndex() {
            if (type == Token.EOF) {
                // where ANTLR's ListTokenSource puts EOF: right after the last token
                return last < 0 ? -1 : file.t.end[last];
            }
            return file.t.start[first];
        }

        @Override
        public int getStopIndex() {
            return type == Token.EOF ? Math.max(-1, getStartIndex() - 1) : file.t.end[last] - 1;
        }

        @Override
        public TokenSource getTokenSource() {
            return file.source;
        }

        @Override
        public CharStream getInputStream() {
            return null;
        }

        @Override
        public String toString() {
            return "[@" + index + "," + getStartIndex() + ":" + getStopIndex() + "='" + getText() + "',<" + type + ">]";
        }
    }

    private record File(Toks t, LineMap lines, TokenSource source) {
    }

    /**
     * The tokens {@link #of} makes, as the array it filled (longer than the list) and their types
     * beside: {@link GroupedTokenStream} keeps both as they are, no copy.
     */
    static final class Sequence extends AbstractList<Token> implements RandomAccess {
        final Token[] tokens;
        final int[] types;
        final int size;

        private Sequence(Token[] tokens, int[] types, int size) {
            this.tokens = tokens;
            this.types = types;
            this.size = size;
        }

        @Override
        public Token get(int index) {
            java.util.Objects.checkIndex(index, size);
            return tokens[index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /**
     * The parser's tokens for {@code t}, ending with EOF; {@code source} is what they
     * name as their source (error recovery makes its tokens with its factory).
     */
    public static List<Token> of(Toks t, LineMap lines, TokenSource source) {
        Token[] out = new Token[t.size() + 1]; // about half of that on average, far more in tables
        int[] types = new int[t.size() + 1];
        int count = 0;
        int prev = -1;
        int prevPrev = -1;
        int depth = 0;
        NestingLimit nesting = new NestingLimit(t);
        File file = new File(t, lines, source);
        int runEnd = 0;
        for (int i = 0; i < t.size(); i++) {
            int ty = t.type[i];
            int m = t.match[i];
            int type = ty;
            int last = i;
            // each starts with its one type only: the calls are made for those
            int line = depth == 0 && ty == CLexer.IDENT ? macroLineEnd(t, i, prev) : -1;
            int item = depth == 0 && ty == CLexer.LBRACE ? initializerItemEnd(t, i, prev) : -1;
            boolean init = m > i && ty == CLexer.LBRACE && (prev == CLexer.ASSIGN || prev == CLexer.LPAREN
                    && (prevPrev == CLexer.ASSIGN || prevPrev == CLexer.RETURN || prevPrev == CLexer.AMP
                    || prevPrev == CLexer.COMMA || prevPrev == CLexer.OP));
            int deep = line < 0 && item < 0 && NestingLimit.nests(ty) ? nesting.fold(i, !init) : -1;
            if (i >= runEnd) {
                runEnd = isOperator(ty) ? operatorRunEnd(t, i) : i + 1;
            }
            if (runEnd - i > MAX_RUN) {
                type = CLexer.RUN;
                last = runEnd - 1;
            } else if (deep >= 0) {
                type = CLexer.DEEP;
                last = deep;
            } else if (line >= 0) {
                type = CLexer.MACRO_LINE;
                last = line;
            } else if (item >= 0) {
                type = CLexer.INIT_ITEM;
                last = item;
            } else if (m > i && ty == CLexer.LPAREN) {
                type = CLexer.PARENS;
                last = m;
            } else if (m > i && ty == CLexer.LBRACKET) {
                type = CLexer.BRACKETS;
                last = m;
            } else if (init) {
                // an initializer, or a compound literal: x = (struct foo) { ... }, p = &(struct foo) { ... }
                type = CLexer.INIT_BRACES;
                last = m;
            }
            if (last == i && ty == CLexer.LBRACE) {
                depth++;
            } else if (ty == CLexer.RBRACE && depth > 0) {
                depth--;
            }
            out[count] = new Grouped(file, type, count, i, last);
            types[count] = type;
            count++;
            prevPrev = prev;
            prev = type == CLexer.MACRO_LINE || type == CLexer.INIT_ITEM ? type : ty;
            i = last;
        }
        out[count] = new Grouped(file, Token.EOF, count, t.size(), t.size() - 1);
        types[count] = Token.EOF;
        return new Sequence(out, types, count + 1);
    }

    /**
     * The last token of a top-level item with no ';' that starts with {@code NAME(...)}
     * at {@code i}, or -1. The item starts a line after a complete item (or the file's
     * start) and is one of:
     * <ul>
     * <li>{@code NAME(...)} ending its line before another word, or the end of the file:
     *     {@code SENSE_CODE(0x0000, "...")}, {@code ACPI_EXPORT_SYMBOL(f)};
     * <li>the same with a ',' after it, a line of a table included inside an array:
     *     {@code UNUSUAL_DEV(0x03eb, ...),};
     * <li>{@code NAME(...)} followed on the next lines by designated initializers up to a
     *     word on a line of its own, the macro that closes the initializer:
     *     {@code DT_MACHINE_START(X, "x") .map_io = x_map_io, MACHINE_END}.
     * </ul>
     */
    public static int macroLineEnd(Toks t, int i, int prev) {
        if (t.type[i] != CLexer.IDENT || !t.is(i + 1, CLexer.LPAREN) || t.match[i + 1] < 0 || !startsItem(t, i, prev)) {
            return -1;
        }
        int close = t.match[i + 1];
        if (endsItem(t, close)) {
            return close;
        }
        if (t.is(close + 1, CLexer.COMMA) && endsItem(t, close + 1)) {
            return close + 1;
        }
        if (t.is(close + 1, CLexer.DOT) && t.is(close + 2, CLexer.IDENT) && t.is(close + 3, CLexer.ASSIGN)
                && newlineBetween(t, close, close + 1)) {
            for (int k = close + 1; k < t.size(); k = t.match[k] > k ? t.match[k] + 1 : k + 1) {
                int ty = t.type[k];
                if (ty == CLexer.SEMI || ty == CLexer.RBRACE || ty == CLexer.RPAREN || ty == CLexer.RBRACKET
                        || (ty == CLexer.LBRACE || ty == CLexer.LPAREN || ty == CLexer.LBRACKET) && t.match[k] < 0) {
                    return -1;
                }
                if (ty == CLexer.IDENT && newlineBetween(t, k - 1, k) && endsItem(t, k)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * The last token of a top-level {@code { ... }} at {@code i} that starts the file or a
     * line after another table line, and is followed by ',' or the end of the file, or
     * -1: an element of a table included inside an array, as in
     * {@code #include "quirks-table.h"} within {@code static const struct usb_device_id
     * usb_audio_ids[] = { ... };}. The ',' belongs to it.
     */
    public static int initializerItemEnd(Toks t, int i, int prev) {
        // not after a ';': there it is the body of an old-style definition, int f(a) int a; { ... }
        boolean inTable = i == 0 || prev == CLexer.INIT_ITEM || prev == CLexer.MACRO_LINE;
        if (t.type[i] != CLexer.LBRACE || t.match[i] < 0 || !inTable || i > 0 && !newlineBetween(t, i - 1, i)) {
            return -1;
        }
        int close = t.match[i];
        if (close + 1 == t.size()) {
            return close;
        }
        return t.is(close + 1, CLexer.COMMA) ? close + 1 : -1;
    }

    private static boolean startsItem(Toks t, int i, int prev) {
        boolean afterItem = i == 0 || prev == CLexer.SEMI || prev == CLexer.RBRACE || prev == CLexer.MACRO_LINE
                || prev == CLexer.INIT_ITEM;
        return afterItem && (i == 0 || newlineBetween(t, i - 1, i));
    }

    /** True when the token at {@code k} ends the file or its line, and a word starts the next item. */
    private static boolean endsItem(Toks t, int k) {
        return k + 1 == t.size() || t.type[k + 1] == CLexer.IDENT && newlineBetween(t, k, k + 1)
                || t.type[k + 1] == CLexer.LBRACE && newlineBetween(t, k, k + 1) && t.is(k, CLexer.COMMA);
    }

    /** The end of the run of operator tokens ({@code * & + ...}, no brackets) that starts at {@code i}. */
    private static int operatorRunEnd(Toks t, int i) {
        int k = i;
        while (k < t.size() && isOperator(t.type[k])) {
            k++;
        }
        return Math.max(k, i + 1);
    }

    private static boolean isOperator(int ty) {
        return ty == CLexer.STAR || ty == CLexer.AMP || ty == CLexer.OP;
    }

    private static boolean newlineBetween(Toks t, int a, int b) {
        // only the bytes between the two: a search to the next newline of the file costs the
        // length of the line, which made grouping quadratic on one long line
        for (int k = t.end[a]; k < t.start[b]; k++) {
            if (t.bytes[k] == '\n') {
                return true;
            }
        }
        return false;
    }
}
