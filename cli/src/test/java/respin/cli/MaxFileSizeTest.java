package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.checkout.BundledRepository;
import respin.core.checkout.FixtureRepository;

/** A C file over the size limit is refused by name, listed, never edited, and the run goes on. */
class MaxFileSizeTest {
    @TempDir
    Path tmp;

    static final String HUGE = "drivers/vfio/pci/vfio_pci_zdev.c";

    /** The mini tree with vfio_pci_zdev.c, a file kvm-file edits, padded with comments to {@code size} bytes. */
    private File treeWithHugeFile(int size) {
        Map<String, byte[]> files = Fixtures.files(Fixtures.dir("mini-linux"));
        StringBuilder sb = new StringBuilder(size + 64).append(new String(files.get(HUGE), StandardCharsets.UTF_8));
        while (sb.length() < size) {
            sb.append("/* padding padding padding padding padding padding padding padding */\n");
        }
        files.put(HUGE, sb.toString().getBytes(StandardCharsets.UTF_8));
        File repo = tmp.resolve("linux.git").toFile();
        FixtureRepository.create(repo, files, BundledRepository.IDENT, "mini-linux with a huge file\n");
        return repo;
    }

    /** It was LargeObjectException without a path, exit 70, and no run. */
    @Test
    void aFileOverTheDefaultLimitIsSkippedByName() {
        File repo = treeWithHugeFile(33 << 20);
        Cli r = Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString());
        assertEquals("respin: " + HUGE + ": 33 MB, over the 32 MB limit for a C file; skipped (--max-file-size)\n",
                r.err());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("+++ b/virt/kvm/kvm_main.c\n"), r.out());
        assertFalse(r.out().contains(HUGE), r.out());
    }

    @Test
    void theLimitIsAnOption() {
        File repo = treeWithHugeFile(200_000);
        Cli r = Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString(), "--max-file-size", "100K");
        assertEquals("respin: " + HUGE + ": 195 KB, over the 100 KB limit for a C file; skipped (--max-file-size)\n",
                r.err());
        assertEquals(0, r.exit());
        assertFalse(r.out().contains(HUGE), r.out());
        Cli all = Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString());
        assertEquals("", all.err());
        assertTrue(all.out().contains("+++ b/" + HUGE + "\n"), all.out());
        Cli bad = Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString(), "--max-file-size", "lots");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("respin: Invalid value for option '--max-file-size': 'lots' is not a size"),
                bad.err());
    }
}
