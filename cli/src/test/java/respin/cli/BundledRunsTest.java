package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs without --repo at the same time, on an empty cache: they share one bundled repository
 * (they rebuilt it each time, and failed with "cannot reset ...: Could not delete file").
 */
class BundledRunsTest {
    @TempDir
    Path tmp;

    @Test
    void parallelRunsOnTheBundledTreeWork() throws Exception {
        Map<String, String> env = Map.of("RESPIN_CACHE", tmp.resolve("cache").toString());
        List<CompletableFuture<Cli>> runs = new ArrayList<>();
        List<String[]> commands = List.of(new String[] {"diff", "--recipe", "kvm-file"},
                new String[] {"explain", "--recipe", "kvm-file"}, new String[] {"diff", "--recipe", "kvm-file"},
                new String[] {"series", "--recipe", "kvm-file", "-o", tmp.resolve("s1").toString()},
                new String[] {"series", "--recipe", "kvm-file", "-o", tmp.resolve("s2").toString()});
        for (String[] c : commands) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return Launched.run(env, c);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<Cli> done = new ArrayList<>();
        for (CompletableFuture<Cli> f : runs) {
            done.add(f.get());
        }
        for (Cli r : done) {
            assertEquals(0, r.exit(), r.err());
        }
        assertEquals(done.get(0).out(), done.get(2).out());
        assertTrue(done.get(0).out().contains("+++ b/virt/kvm/kvm_main.c"), done.get(0).out());
        assertEquals(List.of("0000-cover-letter.patch", "0001-KVM-Add-file_to_kvm-and-a-struct-file-back-pointer-i.patch",
                "0002-vfio-Hold-a-reference-to-the-VM-s-struct-file-instea.patch"),
                SeriesInterruptTest.list(tmp.resolve("s1")));
        File[] cache = tmp.resolve("cache").toFile().listFiles();
        List<String> names = new ArrayList<>();
        for (File f : cache) {
            names.add(f.getName().replaceAll("[0-9a-f]{12}", "HASH"));
        }
        names.sort(null);
        assertEquals(List.of("mini-linux-HASH.git", "mini-linux-runs"), names);
        assertEquals(2, Files.list(tmp.resolve("cache/mini-linux-runs")).count());
    }
}
