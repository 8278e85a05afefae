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
                + "; total [0-9.]+ s; 0 files scanned, [0-9]+ parsed")), warm.err());
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
