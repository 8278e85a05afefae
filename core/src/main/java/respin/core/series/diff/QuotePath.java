package respin.core.series.diff;

import java.nio.charset.StandardCharsets;
import respin.core.series.diff.xdiff.ByteBuf;

/** Git's {@code quote_c_style} with {@code core.quotePath} on: control, non-ASCII, quote and backslash bytes are escaped. */
public final class QuotePath {
    private QuotePath() {
    }

    static boolean needsQuote(byte[] path) {
        for (byte b : path) {
            if (mustQuote(b & 0xff)) {
                return true;
            }
        }
        return false;
    }

    /** The path as git prints it in a diffstat or summary line: quoted only when needed. */
    static byte[] quote(byte[] path) {
        return quote(new byte[0], path);
    }

    /** Git's {@code quote_two}: {@code prefix + path}, wrapped in quotes as a whole when the path needs them. */
    static byte[] quote(byte[] prefix, byte[] path) {
        ByteBuf out = new ByteBuf();
        if (!needsQuote(path)) {
            return out.add(prefix).add(path).toByteArray();
        }
        out.add('"');
        addEscaped(out, prefix);
        addEscaped(out, path);
        return out.add('"').toByteArray();
    }

    public static byte[] bytes(String path) {
        return path.getBytes(StandardCharsets.UTF_8);
    }

    private static void addEscaped(ByteBuf out, byte[] s) {
        for (byte b : s) {
            int c = b & 0xff;
            if (!mustQuote(c)) {
                out.add(b);
                continue;
            }
            out.add('\\');
            switch (c) {
                case 0x07 -> out.add('a');
                case 0x08 -> out.add('b');
                case '\t' -> out.add('t');
                case '\n' -> out.add('n');
                case 0x0b -> out.add('v');
                case 0x0c -> out.add('f');
                case '\r' -> out.add('r');
                case '"', '\\' -> out.add(b);
                default -> out.add(String.format("%03o", c));
            }
        }
    }

    private static boolean mustQuote(int c) {
        return c < 0x20 || c == '"' || c == '\\' || c >= 0x7f;
    }
}
