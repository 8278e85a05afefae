package respin.core.series.diff.xdiff;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the few strbuf operations the mail writers need. */
public final class ByteBuf {
    private byte[] buf = new byte[256];
    private int len;

    public int length() {
        return len;
    }

    public byte at(int i) {
        return buf[i];
    }

    public ByteBuf add(byte b) {
        ensure(1);
        buf[len++] = b;
        return this;
    }

    public ByteBuf add(char c) {
        return add((byte) c);
    }

    public ByteBuf add(byte[] b) {
        return add(b, 0, b.length);
    }

    public ByteBuf add(byte[] b, int from, int to) {
        int n = to - from;
        ensure(n);
        System.arraycopy(b, from, buf, len, n);
        len += n;
        return this;
    }

    /** Appends {@code s} encoded as UTF-8. */
    public ByteBuf add(String s) {
        return add(s.getBytes(StandardCharsets.UTF_8));
    }

    public ByteBuf add(ByteBuf other) {
        return add(other.buf, 0, other.len);
    }

    public ByteBuf repeat(char c, int n) {
        for (int i = 0; i < n; i++) {
            add(c);
        }
        return this;
    }

    /** Bytes on the last line so far (after the last newline). */
    public int lastLineLength() {
        int i = len - 1;
        while (i >= 0 && buf[i] != '\n') {
            i--;
        }
        return len - (i + 1);
    }

    public void set(int i, byte b) {
        buf[i] = b;
    }

    /** Keeps the first {@code n} bytes. */
    public void truncate(int n) {
        len = n;
    }

    /** Drops trailing whitespace, as git's {@code strbuf_rtrim}. */
    public void rtrim() {
        while (len > 0 && Ascii.isSpace(buf[len - 1])) {
            len--;
        }
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }
}
