package respin.core.scan;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import respin.core.checkout.SourceTree;

/**
 * The bytes of a {@link ScanRecord} on disk: a magic line, the format version, the tree id,
 * the files (path, blob, mode), the tags flag, the words with their files as varint
 * deltas, and a CRC-32C of everything before it. {@link #decode} checks all of it and says
 * what is wrong in an {@link IllegalStateException}; nothing read is trusted before that.
 */
final class ScanRecordCodec {
    private static final byte[] MAGIC = "respin-scan\n".getBytes(StandardCharsets.US_ASCII);

    private ScanRecordCodec() {
    }

    static byte[] encode(ScanRecord r, int version) {
        Out out = new Out();
        out.bytes(MAGIC);
        out.varint(version);
        out.id(r.tree());
        out.varint(r.files().size());
        for (SourceTree.Entry e : r.files()) {
            out.string(e.path());
            out.id(e.blob());
            out.varint(e.mode().getBits());
        }
        out.varint(r.tags() ? 1 : 0);
        out.varint(r.postings().size());
        for (Map.Entry<String, int[]> w : r.postings().entrySet()) {
            out.string(w.getKey());
            int[] files = w.getValue();
            out.varint(files.length);
            int last = -1;
            for (int f : files) {
                out.varint(f - last);
                last = f;
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(out.buf.toByteArray());
        out.bytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.buf.toByteArray();
    }

    /** The version a record was written with, or -1 when the bytes are not a record at all. */
    static int version(byte[] bytes) {
        if (bytes.length < MAGIC.length + 5
                || !java.util.Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return -1;
        }
        return new In(bytes, MAGIC.length, bytes.length).varint();
    }

    static ScanRecord decode(byte[] bytes, int version) {
        if (version(bytes) != version) {
            throw new IllegalStateException("not a version " + version + " record");
        }
        int end = bytes.length - 4;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, end);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, end, 4).getInt()) {
            throw new IllegalStateException("checksum mismatch");
        }
        In in = new In(bytes, MAGIC.length, end);
        in.varint();
        ObjectId tree = in.id();
        int n = in.count();
        List<SourceTree.Entry> files = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            files.add(new SourceTree.Entry(in.string(), in.id(), FileMode.fromBits(in.varint())));
        }
        boolean tags = in.varint() == 1;
        int words = in.count();
        Map<String, int[]> postings = new LinkedHashMap<>();
        for (int w = 0; w < words; w++) {
            String word = in.string();
            int[] list = new int[in.count()];
            int last = -1;
            for (int k = 0; k < list.length; k++) {
                last += in.varint();
                if (last >= n || (k > 0 && last <= list[k - 1])) {
                    throw new IllegalStateException("file " + last + " out of order or range for '" + word + "'");
                }
                list[k] = last;
            }
            postings.put(word, list);
        }
        if (in.at != end) {
            throw new IllegalStateException((end - in.at) + " bytes left over");
        }
        return new ScanRecord(tree, List.copyOf(files), postings, tags);
    }

    private static final class Out {
        final ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);

        void bytes(byte[] b) {
            buf.write(b, 0, b.length);
        }

        void varint(int v) {
            while ((v & ~0x7f) != 0) {
                buf.write((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            buf.write(v);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            bytes(b);
        }

        void id(ObjectId id) {
            byte[] raw = new byte[20];
            id.copyRawTo(raw, 0);
            bytes(raw);
        }
    }

    private static final class In {
        final byte[] b;
        final int end;
        int at;

        In(byte[] b, int at, int end) {
            this.b = b;
            this.at = at;
            this.end = end;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                need(1);
                int x = b[at++] & 0xff;
                v |= (x & 0x7f) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalStateException("bad number at byte " + at);
        }

        int count() {
            int c = varint();
            if (c < 0 || c > end - at) {
                throw new IllegalStateException("bad count " + c + " at byte " + at);
            }
            return c;
        }

        String string() {
            int len = count();
            String s = new String(b, at, len, StandardCharsets.UTF_8);
            at += len;
            return s;
        }

        ObjectId id() {
            need(20);
            ObjectId id = ObjectId.fromRaw(b, at);
            at += 20;
            return id;
        }

        private void need(int n) {
            if (at + n > end) {
                throw new IllegalStateException("truncated at byte " + at);
            }
        }
    }
}
