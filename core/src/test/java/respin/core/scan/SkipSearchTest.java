package respin.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SkipSearchTest {
    private static final String[] WORDS = {"kvm_get_kvm", "vfio_device", "struct ", "union\t", "kvm_put", "struct\n"};
    private static final byte[][] PATTERNS = Arrays.stream(WORDS).map(w -> w.getBytes(StandardCharsets.ISO_8859_1))
            .toArray(byte[][]::new);

    /** Every (pattern, start), by start then pattern: what the search must report, in that order. */
    private static List<String> naive(byte[] text) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < text.length; s++) {
            for (int k = 0; k < PATTERNS.length; k++) {
                byte[] p = PATTERNS[k];
                if (s + p.length <= text.length && Arrays.equals(text, s, s + p.length, p, 0, p.length)) {
                    out.add(k + "@" + s);
                }
            }
        }
        return out;
    }

    private static byte[] text(Random r, int length) {
        String[] parts = {"kvm_get_kvm", "vfio_device", "struct", "union", " ", "\t", "\n", "kvm_put", "x", "_",
            "kvm", "device", "(", "struc", "vfio_devic"};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(parts[r.nextInt(parts.length)]);
        }
        return sb.substring(0, length).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Short texts go in one stream, long ones in two: both report what a naive search does, in order. */
    @Test
    void reportsEveryOccurrenceInOrderOnShortAndLongTexts() {
        SkipSearch search = new SkipSearch(PATTERNS);
        Random r = new Random(7);
        int hits = 0;
        for (int round = 0; round < 300; round++) {
            int length = round % 3 == 0 ? r.nextInt(SkipSearch.TWO_STREAMS) : SkipSearch.TWO_STREAMS + r.nextInt(9000);
            byte[] text = text(r, length);
            List<String> got = new ArrayList<>();
            search.search(text, (k, s) -> got.add(k + "@" + s));
            List<String> want = naive(text);
            assertEquals(want, got, "length " + length);
            hits += got.size();
        }
        assertTrue(hits > 10_000, hits + " hits");
    }

    /** A search told to stop stops: the hits before are those of a full search, none after. */
    @Test
    void stopsWhereTheCallerSaysInEitherHalf() {
        SkipSearch search = new SkipSearch(PATTERNS);
        Random r = new Random(11);
        for (int round = 0; round < 100; round++) {
            byte[] text = text(r, SkipSearch.TWO_STREAMS + r.nextInt(9000));
            List<String> all = naive(text);
            int stopAt = r.nextInt(all.size());
            List<String> got = new ArrayList<>();
            search.search(text, (k, s) -> {
                got.add(k + "@" + s);
                return got.size() <= stopAt;
            });
            assertEquals(all.subList(0, stopAt + 1), got);
        }
    }
}
