package respin.core.series.diff;

import java.util.zip.Deflater;
import respin.core.series.diff.xdiff.ByteBuf;

/**
 * Git's {@code GIT binary patch} block: for each direction a {@code literal} (the deflated new
 * content) or a {@code delta} (the deflated {@link GitDelta}), whichever deflates smaller, in
 * base85 lines of at most 52 bytes.
 */
final class BinaryPatch {
    /** Git's {@code zlib_compression_level} default, Z_BEST_SPEED, unless core.compression says otherwise. */
    static final int DEFAULT_LEVEL = Deflater.BEST_SPEED;
    private static final byte[] EN85 = ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            + "!#$%&()*+-;<=>?@^_`{|}~").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private BinaryPatch() {
    }

    /** {@code GIT binary patch}, the forward hunk, then the reverse hunk, each followed by a blank line. */
    static void write(ByteBuf out, byte[] oldData, byte[] newData, int level) {
        out.add("GIT binary patch\n");
        body(out, oldData, newData, level);
        body(out, newData, oldData, level);
    }

    private static void body(ByteBuf out, byte[] one, byte[] two, int level) {
        byte[] deflated = deflate(two, level);
        byte[] delta = null;
        int origSize = 0;
        if (one.length > 0 && two.length > 0) {
            byte[] d = GitDelta.delta(one, two, deflated.length);
            if (d != null) {
                origSize = d.length;
                delta = deflate(d, level);
            }
        }
        byte[] data;
        if (delta != null && delta.length < deflated.length) {
            out.add("delta " + origSize + "\n");
            data = delta;
        } else {
            out.add("literal " + two.length + "\n");
            data = deflated;
        }
        for (int pos = 0; pos < data.length; pos += 52) {
            int bytes = Math.min(52, data.length - pos);
            out.add((byte) (bytes <= 26 ? 'A' + bytes - 1 : 'a' + bytes - 26 - 1));
            encode85(out, data, pos, bytes);
            out.add('\n');
        }
        out.add('\n');
    }

    static byte[] deflate(byte[] data, int level) {
        Deflater d = new Deflater(level);
        try {
            d.setInput(data);
            d.finish();
            ByteBuf out = new ByteBuf();
            byte[] chunk = new byte[8192];
            while (!d.finished()) {
                int n = d.deflate(chunk);
                out.add(chunk, 0, n);
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** Git's {@code encode_85}: big-endian groups of four bytes (the last one zero-padded) as five digits. */
    static void encode85(ByteBuf out, byte[] data, int from, int bytes) {
        int pos = from;
        int end = from + bytes;
        while (pos < end) {
            long acc = 0;
            for (int cnt = 24; cnt >= 0; cnt -= 8) {
                acc |= (long) (data[pos++] & 0xff) << cnt;
                if (pos == end) {
                    break;
                }
            }
            byte[] group = new byte[5];
            for (int cnt = 4; cnt >= 0; cnt--) {
                group[cnt] = EN85[(int) (acc % 85)];
                acc /= 85;
            }
            out.add(group);
        }
    }
}
