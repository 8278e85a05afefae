package respin.core.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledRepositoryTest {
    @TempDir
    File cache;

    static final Map<String, byte[]> FILES = Map.of("include/linux/kvm_host.h",
            "struct kvm;\n".getBytes(StandardCharsets.UTF_8), "virt/kvm/kvm_main.c",
            "#include <linux/kvm_host.h>\n".getBytes(StandardCharsets.UTF_8));

    /** Runs at the same time on an empty cache all get the one complete repository, and nothing else is left. */
    @Test
    void parallelRunsShareOneRepositoryBuiltOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable<String> read = () -> {
                File dir = BundledRepository.prepare(cache, FILES);
                try (SourceTree t = SourceTree.open(dir, "HEAD")) {
                    return dir.getName() + " " + t.commit().name() + " " + t.entries().size();
                }
            };
            runs.add(pool.submit(read));
        }
        List<String> seen = new ArrayList<>();
        for (Future<String> f : runs) {
            seen.add(f.get());
        }
        pool.shutdown();
        assertEquals(6, seen.stream().filter(seen.get(0)::equals).count(), seen.toString());
        assertEquals(List.of("mini-linux-" + BundledRepository.hash(FILES) + ".git"), List.of(cache.list()));
        assertEquals(2, Integer.parseInt(seen.get(0).split(" ")[2]));
    }

    @Test
    void aScratchRepositoryBorrowsTheObjects() throws Exception {
        File shared = BundledRepository.prepare(cache, FILES);
        File scratch = BundledRepository.scratch(shared);
        try (SourceTree a = SourceTree.open(shared, "HEAD"); SourceTree b = SourceTree.open(scratch, "master")) {
            assertEquals(a.commit(), b.commit());
            assertEquals(a.read(a.entries().get(0)).length, b.read(b.entries().get(0)).length);
        }
    }
}
