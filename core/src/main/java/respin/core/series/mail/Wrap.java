package respin.core.series.mail;

import respin.core.series.diff.xdiff.Ascii;
import respin.core.series.diff.xdiff.ByteBuf;

/** Git's {@code strbuf_add_wrapped_text}: word wrapping by display columns, used for headers and shortlog. */
final class Wrap {
    private Wrap() {
    }

    /**
     * Appends {@code text} wrapped at {@code width} columns. The first line is indented by
     * {@code indent1} spaces, the others by {@code indent2}; a negative {@code indent1} says
     * that many columns are already used on the current line. The text ends at its first NUL.
     */
    static void add(ByteBuf buf, byte[] text, int indent1, int indent2, int width) {
        int end = text.length;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == 0) {
                end = i;
                break;
            }
        }
        if (width <= 0) {
            addIndented(buf, text, end, indent1, indent2);
            return;
        }
        ByteBuf out = new ByteBuf();
        if (!wrap(out, text, end, indent1, indent2, width, true)) {
            out = new ByteBuf();
            wrap(out, text, end, indent1, indent2, width, false);
        }
        buf.add(out);
    }

    /** One pass; false when the text turned out not to be UTF-8 and the pass must be redone bytewise. */
    private static boolean wrap(ByteBuf buf, byte[] t, int end, int indent1, int indent2, int width,
            boolean assumeUtf8) {
        int pos = 0;
        int bol = 0;
        int indent = indent1;
        int w = indent1;
        int space = -1;
        if (indent < 0) {
            w = -indent;
            space = 0;
        }
        for (;;) {
            pos += escapeLength(t, pos, end);
            int c = Utf8.at(t, pos, end);
            if (c == 0 || Ascii.isSpace(c)) {
                boolean newLine = false;
                if (w <= width || space < 0) {
                    int start = bol;
                    if (c == 0 && pos == start) {
                        return true;
                    }
                    if (space >= 0) {
                        start = space;
                    } else {
                        buf.repeat(' ', indent);
                    }
                    buf.add(t, start, pos);
                    if (c == 0) {
                        return true;
                    }
                    space = pos;
                    if (c == '\t') {
                        w |= 0x07;
                    } else if (c == '\n') {
                        space++;
                        int next = Utf8.at(t, space, end);
                        if (next == '\n') {
                            buf.add('\n');
                            newLine = true;
                        } else if (!Ascii.isAlnum(next)) {
                            newLine = true;
                        } else {
                            buf.add(' ');
                        }
                    }
                    if (!newLine) {
                        w++;
                        pos++;
                    }
                } else {
                    newLine = true;
                }
                if (newLine) {
                    buf.add('\n');
                    pos = space + (Ascii.isSpace(Utf8.at(t, space, end)) ? 1 : 0);
                    bol = pos;
                    space = -1;
                    indent = indent2;
                    w = indent2;
                }
                continue;
            }
            if (assumeUtf8) {
                int n = Utf8.charLength(t, pos, end);
                if (n < 0) {
                    return false;
                }
                w += Utf8.width(Utf8.codePoint(t, pos, n));
                pos += n;
            } else {
                w++;
                pos++;
            }
        }
    }

    /** Length of an ANSI display-mode sequence ({@code ESC [ digits ; m}) at {@code pos}, or 0. */
    private static int escapeLength(byte[] t, int pos, int end) {
        int p = pos;
        if (Utf8.at(t, p++, end) != 0x1b || Utf8.at(t, p++, end) != '[') {
            return 0;
        }
        while (Ascii.isDigit(Utf8.at(t, p, end)) || Utf8.at(t, p, end) == ';') {
            p++;
        }
        return Utf8.at(t, p++, end) == 'm' ? p - pos : 0;
    }

    private static void addIndented(ByteBuf buf, byte[] t, int end, int indent, int indent2) {
        int pos = 0;
        int ind = Math.max(indent, 0);
        while (pos < end) {
            int eol = pos;
            while (eol < end && t[eol] != '\n') {
                eol++;
            }
            if (eol < end) {
                eol++;
            }
            buf.repeat(' ', ind);
            buf.add(t, pos, eol);
            pos = eol;
            ind = indent2;
        }
    }
}
