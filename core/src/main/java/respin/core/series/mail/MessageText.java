package respin.core.series.mail;

import respin.core.series.diff.xdiff.Ascii;
import respin.core.series.diff.xdiff.ByteBuf;

/**
 * A commit message read as git's pretty printer reads it: the title is the first paragraph
 * joined with spaces; the rest is printed with trailing whitespace dropped from every line.
 */
final class MessageText {
    final byte[] title;
    private final byte[] msg;
    private final int bodyStart;

    private MessageText(byte[] msg) {
        this.msg = msg;
        int pos = skipBlankLines(msg, 0);
        ByteBuf t = new ByteBuf();
        boolean first = true;
        for (;;) {
            int len = lineLength(msg, pos);
            if (len == 0) {
                break;
            }
            int trimmed = trimmedLength(msg, pos, len);
            int line = pos;
            pos += len;
            if (trimmed == 0) {
                break;
            }
            if (!first) {
                t.add(' ');
            }
            t.add(msg, line, line + trimmed);
            first = false;
        }
        this.title = t.toByteArray();
        this.bodyStart = pos;
    }

    static MessageText of(byte[] message) {
        return new MessageText(message);
    }

    /** Git's {@code pp_remainder} with no indent: leading blank lines skipped, trailing whitespace cut. */
    void appendBody(ByteBuf sb) {
        appendRemainder(sb, msg, bodyStart);
    }

    static void appendRemainder(ByteBuf sb, byte[] msg, int pos) {
        boolean first = true;
        for (;;) {
            int len = lineLength(msg, pos);
            if (len == 0) {
                return;
            }
            int trimmed = trimmedLength(msg, pos, len);
            int line = pos;
            pos += len;
            if (trimmed == 0 && first) {
                continue;
            }
            first = false;
            sb.add(msg, line, line + trimmed).add('\n');
        }
    }

    /** Whether the message (title or body) holds a byte that needs an 8-bit transfer encoding. */
    boolean hasNonAscii() {
        return Ascii.hasNonAscii(msg, 0, msg.length);
    }

    private static int skipBlankLines(byte[] msg, int pos) {
        for (;;) {
            int len = lineLength(msg, pos);
            if (len == 0 || trimmedLength(msg, pos, len) != 0) {
                return pos;
            }
            pos += len;
        }
    }

    private static int lineLength(byte[] msg, int pos) {
        int i = pos;
        while (i < msg.length && msg[i] != 0) {
            if (msg[i++] == '\n') {
                break;
            }
        }
        return i - pos;
    }

    private static int trimmedLength(byte[] msg, int pos, int len) {
        while (len > 0 && Ascii.isSpace(msg[pos + len - 1])) {
            len--;
        }
        return len;
    }
}
