package respin.core.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import respin.core.checkout.SourceTree;

class ScanRecordCodecTest {
    private static final ObjectId TREE = ObjectId.fromString("4b825dc642cb6eb9a060e54bf8d69288fbee4904");

    private static ScanRecord record(Map<String, int[]> postings) {
        List<SourceTree.Entry> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(new SourceTree.Entry("d/f" + i + ".c",
                    ObjectId.fromString(String.format("%040x", i + 1)), FileMode.REGULAR_FILE));
        }
        return new ScanRecord(TREE, files, postings, true);
    }

    @Test
    void wordsAreFoundInAnyOrderTheyWereWrittenIn() {
        Map<String, int[]> postings = new LinkedHashMap<>();
        postings.put("zeta", new int[] {4});
        postings.put("struct kvm", new int[] {0, 2});
        postings.put("header kvm_get_kvm", new int[] {1});
        postings.put("caf\u00e9", new int[] {3}); // not ASCII: ordered by its UTF-8 bytes
        postings.put("alpha", new int[] {0, 1, 2, 3, 4});
        postings.put("empty", new int[0]);
        ScanRecord r = ScanRecordCodec.decode(ScanRecordCodec.encode(record(postings), 7), 7);
        assertEquals(TREE, r.tree());
        assertEquals(record(postings).files(), r.files());
        assertTrue(r.tags());
        for (Map.Entry<String, int[]> e : postings.entrySet()) {
            assertArrayEquals(e.getValue(), r.postings().get(e.getKey()), e.getKey());
        }
        assertNull(r.postings().get("alph"));
        assertFalse(r.postings().containsKey("zeta2"));
        assertEquals(6, r.postings().size());
        assertEquals(new TreeMap<>(postings).keySet(), new TreeMap<>(r.postings()).keySet());
    }

    @Test
    void aDecodedRecordTakesNewWordsOverItsOwn() {
        Map<String, int[]> postings = new LinkedHashMap<>(Map.of("a", new int[] {1}, "b", new int[] {2}));
        Map<String, int[]> words = ScanRecordCodec.decode(ScanRecordCodec.encode(record(postings), 1), 1).postings();
        words.put("c", new int[] {3});
        words.put("a", new int[] {0, 4});
        assertEquals(3, words.size());
        assertArrayEquals(new int[] {0, 4}, words.get("a"));
        ScanRecord again = ScanRecordCodec.decode(ScanRecordCodec.encode(record(words), 1), 1);
        assertArrayEquals(new int[] {0, 4}, again.postings().get("a"));
        assertArrayEquals(new int[] {2}, again.postings().get("b"));
        assertArrayEquals(new int[] {3}, again.postings().get("c"));
    }

    /** Sound checksums over bytes that break the format: refused when read, before any word is asked. */
    @Test
    void wordsOutOfOrderOrFilesOutOfRangeAreRefused() {
        byte[] good = ScanRecordCodec.encode(record(Map.of("ab", new int[] {1}, "ac", new int[] {2})), 1);
        byte[] swapped = good.clone();
        int ab = indexOf(swapped, "ab");
        int ac = indexOf(swapped, "ac");
        swapped[ab + 1] = 'c';
        swapped[ac + 1] = 'b';
        assertThrows(IllegalStateException.class, () -> ScanRecordCodec.decode(resum(swapped), 1));
        byte[] range = good.clone();
        range[ab + 3] = 9; // "ab": count 1 at ab + 2, then its one delta: 9 from -1 is file 8 of 5
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ScanRecordCodec.decode(resum(range), 1));
        assertTrue(e.getMessage().contains("out of order or range"), e.getMessage());
    }

    private static int indexOf(byte[] b, String s) {
        byte[] w = s.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + w.length <= b.length; i++) {
            if (b[i - 1 < 0 ? 0 : i - 1] == w.length && b[i] == w[0] && b[i + 1] == w[1]) {
                return i;
            }
        }
        throw new AssertionError(s + " not in the record");
    }

    private static byte[] resum(byte[] b) {
        CRC32C crc = new CRC32C();
        crc.update(b, 0, b.length - 4);
        ByteBuffer.wrap(b, b.length - 4, 4).putInt((int) crc.getValue());
        return b;
    }
}
