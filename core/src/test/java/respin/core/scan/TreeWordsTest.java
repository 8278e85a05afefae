package respin.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.checkout.FixtureRepository;
import respin.core.checkout.SourceTree;
import respin.core.progress.ProgressListener;
import respin.core.progress.RunProgress;

class TreeWordsTest {
    private static final PersonIdent WHO = new PersonIdent("t", "t@respin.invalid", java.time.Instant.EPOCH,
            java.time.ZoneOffset.UTC);
    private static final List<String> KEYS = List.of("kvm_get_kvm", ScanRecord.tagKey("vfio_device"),
            ScanRecord.headerKey("kvm_device"));

    @TempDir
    Path tmp;

    private final List<String> notes = new ArrayList<>();
    private final RunProgress progress = new RunProgress(new ProgressListener() {
        @Override
        public void changed(RunProgress run) {
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }
    });

    private static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            m.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.ISO_8859_1));
        }
        return m;
    }

    private static final Map<String, byte[]> V1 = files(
            "a.c", "void f(struct kvm *k) { kvm_get_kvm(k); }\n",
            "b.h", "struct kvm_device;\nstruct vfio_device *d;\n",
            "c.c", "struct kvm_device x; /* vfio_device */\n",
            "d/e.c", "union\n vfio_device u;\n",
            "d/f.S", "kvm_get_kvm\n");

    private ObjectId commit(Map<String, byte[]> files) {
        return FixtureRepository.create(tmp.resolve("repo.git").toFile(), files, WHO, "tree");
    }

    private String answer(ObjectId commit, ScanCache cache) {
        try (SourceTree t = SourceTree.open(tmp.resolve("repo.git").toFile(), commit.name())) {
            TreeWords w = new TreeWords(t, cache, progress);
            List<String> out = new ArrayList<>();
            for (String k : KEYS) {
                BitSet hits = w.naming(List.of(k));
                hits.stream().forEach(f -> out.add(k + " " + w.files().get(f).path()));
            }
            out.add(w.account());
            return String.join("\n", out);
        }
    }

    private static String withoutAccount(String answer) {
        return answer.substring(0, answer.lastIndexOf('\n'));
    }

    private static final String EXPECTED = """
            kvm_get_kvm a.c
            struct vfio_device b.h
            struct vfio_device d/e.c
            header kvm_device b.h""";

    @Test
    void cachedAndUncachedAnswersAreTheSame() {
        ObjectId c = commit(V1);
        ScanCache cache = new ScanCache(tmp.resolve("cache"));
        assertEquals(EXPECTED + "\nno scan cache", answer(c, null));
        assertEquals(EXPECTED + "\nscan cache cold", answer(c, cache));
        assertEquals(EXPECTED + "\nscan cache hit (4 files, 5 words)", answer(c, cache));
        assertEquals(List.of(), notes);
    }

    @Test
    void aCorruptRecordIsDiscardedWithANote() throws IOException {
        ObjectId c = commit(V1);
        ScanCache cache = new ScanCache(tmp.resolve("cache"));
        answer(c, cache);
        Path record = Files.list(tmp.resolve("cache")).findFirst().orElseThrow();
        byte[] b = Files.readAllBytes(record);
        b[b.length - 10] ^= 1;
        Files.write(record, b);
        assertEquals(EXPECTED + "\nscan cache cold", answer(c, cache));
        assertEquals(List.of("scan cache: discarded " + record + ": corrupt (checksum mismatch)"), notes);
    }

    @Test
    void aRecordOfAnotherVersionIsDiscardedWithANote() throws IOException {
        ObjectId c = commit(V1);
        answer(c, new ScanCache(tmp.resolve("cache"), ScanCache.VERSION + 1, 0));
        Path record = Files.list(tmp.resolve("cache")).findFirst().orElseThrow();
        assertEquals(EXPECTED + "\nscan cache cold", answer(c, new ScanCache(tmp.resolve("cache"))));
        assertEquals(List.of("scan cache: discarded " + record + ": written by another respin (format "
                + (ScanCache.VERSION + 1) + ", this one reads " + ScanCache.VERSION + ")"), notes);
    }

    @Test
    void aSoundRecordThatIsWrongIsCaughtByTheBytesAndDiscarded() {
        ObjectId c = commit(V1);
        ScanCache cache = new ScanCache(tmp.resolve("cache"));
        try (SourceTree t = SourceTree.open(tmp.resolve("repo.git").toFile(), c.name())) {
            cache.save(new ScanRecord(t.commit().getTree().getId(), t.cFiles(),
                    Map.of("kvm_get_kvm", new int[] {2}), false), notes::add);
        }
        assertEquals(EXPECTED + "\nscan cache discarded, tree scanned", answer(c, cache));
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).endsWith(": wrong about a file of the tree"), notes.get(0));
    }

    @Test
    void aNewTreeReadsOnlyTheFilesItsDiffChanged() {
        ScanCache cache = new ScanCache(tmp.resolve("cache"));
        answer(commit(V1), cache);
        Map<String, byte[]> v2 = new LinkedHashMap<>(V1);
        v2.put("c.c", "kvm_get_kvm(k);\n".getBytes(StandardCharsets.ISO_8859_1));
        v2.remove("d/e.c");
        v2.put("d/g.h", "struct vfio_device; kvm_device\n".getBytes(StandardCharsets.ISO_8859_1));
        v2.put("d/f.h", "void g(void);\n".getBytes(StandardCharsets.ISO_8859_1));
        ObjectId c2 = commit(v2);
        String fresh = answer(c2, null);
        String updated = answer(c2, cache);
        assertEquals(withoutAccount(fresh), withoutAccount(updated));
        assertEquals("""
                kvm_get_kvm a.c
                kvm_get_kvm c.c
                struct vfio_device b.h
                struct vfio_device d/g.h
                header kvm_device b.h
                header kvm_device d/g.h""", withoutAccount(fresh));
        assertTrue(updated.endsWith(": 3 changed files re-read"), updated);
        assertTrue(answer(c2, cache).endsWith("\nscan cache hit (5 files, 5 words)"));
    }

    @Test
    void aCacheForBigTreesKeepsNoRecordOfASmallOne() {
        ObjectId c = commit(V1);
        ScanCache bigOnly = new ScanCache(tmp.resolve("cache"), ScanCache.VERSION, 5);
        assertEquals(EXPECTED + "\nno scan cache", answer(c, bigOnly));
        assertTrue(!Files.exists(tmp.resolve("cache")) || tmp.resolve("cache").toFile().list().length == 0);
    }
}
