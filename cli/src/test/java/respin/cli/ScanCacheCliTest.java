package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan cache changes how fast a run is, never what it prints. */
class ScanCacheCliTest {
    @TempDir
    Path cache;

    @Test
    void cachedAndUncachedDiffsAreByteIdentical() throws IOException {
        Cli none = Cli.run("diff", "--recipe", "kvm-file", "--no-cache");
        Cli cold = Cli.run("diff", "--recipe", "kvm-file", "--cache", cache.toString());
        Cli warm = Cli.run("diff", "--recipe", "kvm-file", "--cache", cache.toString(), "--verbose");
        assertEquals(0, none.exit());
        assertTrue(none.out().startsWith("diff --git"), none.out());
        assertEquals(none.out(), cold.out());
        assertEquals(none.out(), warm.out());
        assertEquals(none.err(), cold.err());
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(1, s.filter(p -> p.toString().endsWith(".scan")).count());
        }
        assertTrue(warm.err().contains("respin: scan cache hit ("), warm.err());
        assertTrue(warm.err().lines().anyMatch(l -> l.matches("respin: start .*scan .*parse .*plan .*format .*"
                + "; total [0-9.]+ s; 0 files scanned, 0 parsed")), warm.err());
        assertTrue(warm.err().lines().anyMatch(l -> l.matches("respin: scan cache hit .*; model cache: [1-9][0-9]* "
                + "models from the cache, 0 written, 0 discarded; [0-9]+ files read .*")), warm.err());
    }

    @Test
    void aCorruptOrForeignModelIsDiscardedWithANoteAndTheOutputStaysTheSame() throws IOException {
        Cli cold = Cli.run("diff", "--recipe", "kvm-file", "--cache", cache.toString());
        List<Path> models;
        try (Stream<Path> s = Files.walk(cache.resolve("models"))) {
            models = s.filter(p -> p.toString().endsWith(".unit")).sorted().toList();
        }
        assertTrue(models.size() > 2, models.toString());
        byte[] b = Files.readAllBytes(models.get(0));
        b[b.length - 3] ^= 0x20;
        Files.write(models.get(0), b);
        b = Files.readAllBytes(models.get(1));
        b[6] ^= 0x01; // the model version
        Files.write(models.get(1), b);
        Cli again = Cli.run("diff", "--recipe", "kvm-file", "--cache", cache.toString(), "--verbose");
        assertEquals(cold.out(), again.out());
        assertEquals(List.of("respin: model cache: discarded " + models.get(0)
                + ": corrupt (length or CRC-32C does not match)", "respin: model cache: discarded " + models.get(1)
                + ": written by another respin (model version differs)"),
                again.err().lines().filter(l -> l.contains("model cache: discarded")).sorted().toList());
        // the two were models of files of the tree or of patched texts (the type check's): parsed again either way
        assertEquals(2, number(again.err(), "; 0 files scanned, (\\d+) parsed")
                + number(again.err(), "; (\\d+) patched files parsed"), again.err());
        assertTrue(again.err().contains("models from the cache, 2 written, 2 discarded"), again.err());
    }

    /** The number {@code pattern}'s group finds in {@code text}, 0 when it finds none. */
    private static int number(String text, String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void aCorruptRecordIsDiscardedWithANoteAndTheOutputStaysTheSame() throws IOException {
        Cli cold = Cli.run("explain", "--recipe", "kvm-file", "--cache", cache.toString());
        Path record;
        try (Stream<Path> s = Files.list(cache)) {
            record = s.filter(p -> p.toString().endsWith(".scan")).findFirst().orElseThrow();
        }
        byte[] b = Files.readAllBytes(record);
        b[b.length / 2] ^= 0x20;
        Files.write(record, b);
        Cli again = Cli.run("explain", "--recipe", "kvm-file", "--cache", cache.toString());
        assertEquals(cold.out(), again.out());
        assertEquals(List.of("respin: scan cache: discarded " + record + ": corrupt (checksum mismatch)"),
                again.err().lines().filter(l -> l.contains("scan cache")).toList());
        Cli quiet = Cli.run("explain", "--recipe", "kvm-file", "--cache", cache.toString(), "--quiet");
        assertEquals(cold.out(), quiet.out());
    }
}
