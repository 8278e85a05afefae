package respin.core.scan;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.zip.CRC32C;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import respin.core.checkout.SourceTree;

/**
 * The bytes of a {@link ScanRecord} on disk: a magic line, the format version, the tree id,
 * the files (path, blob, mode), the tags flag, the words (in the unsigned order of their
 * UTF-8 bytes) with their files as varint deltas, and a CRC-32C of everything before it. {@link #decode} checks all of it and says
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
        List<Map.Entry<String, int[]>> words = new ArrayList<>(r.postings().entrySet());
        words.sort((a, b) -> Arrays.compareUnsigned(utf8(a.getKey()), utf8(b.getKey())));
        out.varint(words.size());
        for (Map.Entry<String, int[]> w : words) {
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
                || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return -1;
        }
        return new In(bytes, MAGIC.length, bytes.length).varint();
    }

    /**
     * The record in {@code bytes}, every number checked in one pass that makes no object per
     * file or word; a file's entry and a word's files are made when first asked (a warm run
     * asks a few dozen of its hundred thousand words).
     */
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
        int[] fileAt = new int[n];
        for (int i = 0; i < n; i++) {
            fileAt[i] = in.at;
            in.skip(in.count());
            in.skip(Constants.OBJECT_ID_LENGTH);
            in.varint();
        }
        boolean tags = in.varint() == 1;
        int words = in.count();
        int[] wordAt = new int[words];
        int lastStart = -1;
        int lastLength = 0;
        for (int w = 0; w < words; w++) {
            wordAt[w] = in.at;
            int length = in.count();
            int start = in.at;
            in.skip(length);
            if (lastStart >= 0 && Arrays.compareUnsigned(bytes, lastStart, lastStart + lastLength, bytes, start,
                    start + length) >= 0) {
                throw new IllegalStateException("word at byte " + start + " out of order");
            }
            lastStart = start;
            lastLength = length;
            int count = in.count();
            int last = -1;
            for (int k = 0; k < count; k++) {
                int step = in.varint();
                last += step;
                if (step <= 0 || last >= n) {
                    throw new IllegalStateException("file " + last + " out of order or range at byte " + in.at);
                }
            }
        }
        if (in.at != end) {
            throw new IllegalStateException((end - in.at) + " bytes left over");
        }
        return new ScanRecord(tree, new RecordFiles(bytes, end, fileAt), new RecordWords(bytes, end, wordAt), tags);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The files of a decoded record, each entry made on first use (threads may race to make one: equal ones). */
    private static final class RecordFiles extends AbstractList<SourceTree.Entry> implements RandomAccess {
        private final byte[] bytes;
        private final int end;
        private final int[] at;
        private final SourceTree.Entry[] made;

        RecordFiles(byte[] bytes, int end, int[] at) {
            this.bytes = bytes;
            this.end = end;
            this.at = at;
            this.made = new SourceTree.Entry[at.length];
        }

        @Override
        public SourceTree.Entry get(int i) {
            SourceTree.Entry e = made[i];
            if (e == null) {
                In in = new In(bytes, at[i], end);
                e = new SourceTree.Entry(in.string(), in.id(), FileMode.fromBits(in.varint()));
                made[i] = e;
            }
            return e;
        }

        @Override
        public int size() {
            return at.length;
        }
    }

    /**
     * The words of a decoded record: looked up by binary search over their bytes, their files
     * decoded on first use. Takes new words ({@link #put}) over the decoded ones, as the
     * tree's answers grow during a run.
     */
    private static final class RecordWords extends AbstractMap<String, int[]> {
        private final byte[] bytes;
        private final int end;
        private final int[] at;
        private final Map<String, int[]> known = new HashMap<>();

        RecordWords(byte[] bytes, int end, int[] at) {
            this.bytes = bytes;
            this.end = end;
            this.at = at;
        }

        @Override
        public synchronized int[] get(Object key) {
            if (!(key instanceof String word)) {
                return null;
            }
            int[] files = known.get(word);
            if (files == null) {
                int w = find(word);
                if (w >= 0) {
                    files = files(w);
                    known.put(word, files);
                }
            }
            return files;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public synchronized int size() {
            return at.length + (int) known.keySet().stream().filter(w -> find(w) < 0).count();
        }

        @Override
        public synchronized int[] put(String word, int[] files) {
            int[] was = get(word);
            known.put(word, files);
            return was;
        }

        /** Every word, decoded (to write the record again or to carry it to another tree). */
        @Override
        public synchronized Set<Map.Entry<String, int[]>> entrySet() {
            Map<String, int[]> all = new LinkedHashMap<>();
            for (int w = 0; w < at.length; w++) {
                In in = new In(bytes, at[w], end);
                String word = in.string();
                all.put(word, known.containsKey(word) ? known.get(word) : files(w));
            }
            all.putAll(known);
            return Collections.unmodifiableMap(all).entrySet();
        }

        /** The index of {@code word} among the record's words, or -1. */
        private int find(String word) {
            byte[] want = utf8(word);
            int lo = 0;
            int hi = at.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                In in = new In(bytes, at[mid], end);
                int len = in.count();
                int c = Arrays.compareUnsigned(bytes, in.at, in.at + len, want, 0, want.length);
                if (c == 0) {
                    return mid;
                }
                if (c < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return -1;
        }

        private int[] files(int w) {
            In in = new In(bytes, at[w], end);
            in.skip(in.count());
            int[] list = new int[in.count()];
            int last = -1;
            for (int k = 0; k < list.length; k++) {
                last += in.varint();
                list[k] = last;
            }
            return list;
        }
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

        void skip(int n) {
            need(n);
            at += n;
        }

        private void need(int n) {
            if (at + n > end) {
                throw new IllegalStateException("truncated at byte " + at);
            }
        }
    }
}
