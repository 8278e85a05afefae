package respin.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import respin.core.model.LineMap;

/**
 * The tokens the parser reads: the visible tokens of a file, with each balanced
 * {@code (...)} and {@code [...]} group, and each {@code {...}} right after '=',
 * folded into one token. A token remembers the visible tokens it stands for.
 */
final class GroupedTokens {
    private GroupedTokens() {
    }

    /**
     * A parser token standing for visible tokens {@code first..last}. Its text is
     * made only when asked for: the parser never asks, the model rarely does.
     */
    static final class Grouped implements Token {
        private final Toks t;
        private final LineMap lines;
        private final TokenSource source;
        private final int type;
        private final int index;
        private final int start;
        private final int stop;
        final int first;
        final int last;

        private Grouped(Toks t, LineMap lines, TokenSource source, int type, int index, int first, int last,
                int start, int stop) {
            this.t = t;
            this.lines = lines;
            this.source = source;
            this.type = type;
            this.index = index;
            this.first = first;
            this.last = last;
            this.start = start;
            this.stop = stop;
        }

        @Override
        public String getText() {
            return switch (type) {
                case CLexer.PARENS -> "(...)";
                case CLexer.BRACKETS -> "[...]";
                case CLexer.INIT_BRACES -> "{...}";
                case CLexer.MACRO_LINE -> t.text(first) + "(...)";
                case Token.EOF -> "<EOF>";
                default -> t.text(first);
            };
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public int getLine() {
            return start < 0 ? 1 : lines.line(start);
        }

        @Override
        public int getCharPositionInLine() {
            return start < 0 ? 0 : start - lines.lineStart(getLine());
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
            return start;
        }

        @Override
        public int getStopIndex() {
            return stop;
        }

        @Override
        public TokenSource getTokenSource() {
            return source;
        }

        @Override
        public CharStream getInputStream() {
            return null;
        }

        @Override
        public String toString() {
            return "[@" + index + "," + start + ":" + stop + "='" + getText() + "',<" + type + ">]";
        }
    }

    /**
     * The parser's tokens for {@code t}, ending with EOF; {@code source} is what they
     * name as their source (error recovery makes its tokens with its factory).
     */
    static List<Token> of(Toks t, LineMap lines, TokenSource source) {
        List<Token> out = new ArrayList<>(t.size() / 2 + 1);
        int prev = -1;
        int prevPrev = -1;
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            int ty = t.type[i];
            int m = t.match[i];
            int type = ty;
            int last = i;
            if (depth == 0 && isMacroLine(t, i, prev)) {
                type = CLexer.MACRO_LINE;
                last = t.match[i + 1];
            } else if (m > i && ty == CLexer.LPAREN) {
                type = CLexer.PARENS;
                last = m;
            } else if (m > i && ty == CLexer.LBRACKET) {
                type = CLexer.BRACKETS;
                last = m;
            } else if (m > i && ty == CLexer.LBRACE && (prev == CLexer.ASSIGN || prev == CLexer.LPAREN
                    && (prevPrev == CLexer.ASSIGN || prevPrev == CLexer.RETURN || prevPrev == CLexer.AMP
                    || prevPrev == CLexer.COMMA || prevPrev == CLexer.OP))) {
                // an initializer, or a compound literal: x = (struct foo) { ... }, p = &(struct foo) { ... }
                type = CLexer.INIT_BRACES;
                last = m;
            }
            if (last == i && ty == CLexer.LBRACE) {
                depth++;
            } else if (ty == CLexer.RBRACE && depth > 0) {
                depth--;
            }
            out.add(new Grouped(t, lines, source, type, out.size(), i, last, t.start[i], t.end[last] - 1));
            prevPrev = prev;
            prev = type == CLexer.MACRO_LINE ? CLexer.MACRO_LINE : ty;
            i = last;
        }
        // where ANTLR's ListTokenSource puts EOF: right after the last token
        int eof = t.size() == 0 ? -1 : t.end[t.size() - 1];
        out.add(new Grouped(t, lines, source, Token.EOF, out.size(), t.size(), t.size() - 1, eof, Math.max(-1, eof - 1)));
        return out;
    }

    /**
     * {@code NAME(...)} at {@code i} that starts a line after a complete item (or the
     * file's start) and ends its line before another word, or the end of the file:
     * an invocation such as {@code SENSE_CODE(0x0000, "...")} or
     * {@code ACPI_EXPORT_SYMBOL(f)} that has no ';' to end it.
     */
    private static boolean isMacroLine(Toks t, int i, int prev) {
        if (t.type[i] != CLexer.IDENT || !t.is(i + 1, CLexer.LPAREN) || t.match[i + 1] < 0) {
            return false;
        }
        int close = t.match[i + 1];
        boolean afterItem = i == 0 || prev == CLexer.SEMI || prev == CLexer.RBRACE || prev == CLexer.MACRO_LINE;
        if (!afterItem || (i > 0 && !newlineBetween(t, i - 1, i))) {
            return false;
        }
        return close + 1 == t.size() || t.type[close + 1] == CLexer.IDENT && newlineBetween(t, close, close + 1);
    }

    private static boolean newlineBetween(Toks t, int a, int b) {
        int nl = t.text.indexOf('\n', t.end[a]);
        return nl >= 0 && nl < t.start[b];
    }
}
