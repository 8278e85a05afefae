package respin.core.series.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.checkout.FixtureRepository;

/** What a run killed between its rename and its ref update leaves, and how the next run finishes it. */
class TransactionJournalTest {
    /** A process that is gone: pid 1 with a start time it never had. */
    static final String GONE = "1@1970-01-01T00:00:00Z";
    static final String BRANCH = "refs/heads/respin/kvm-file-v1";
    static final String STATE = SeriesStateStore.PREFIX + "kvm-file";

    @TempDir
    Path tmp;

    private Repository repo() throws Exception {
        File git = tmp.resolve("r.git").toFile();
        FixtureRepository.create(git, Map.of("a.c", "int a;\n".getBytes(StandardCharsets.UTF_8)),
                new PersonIdent("t", "t@example.org", 0L, 0), "base\n");
        return new FileRepositoryBuilder().setGitDir(git).build();
    }

    /** The output folder as the killed run renamed it into place, and its journal. */
    private Path killedAfterRename(Repository r, String owner, String... files) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("patches/out"));
        for (String f : files) {
            Files.writeString(out.resolve(f), "patch\n");
        }
        ObjectId tip = r.resolve("refs/heads/master");
        TransactionJournal.write(r, "transaction-1-1", owner, out, tmp.resolve("patches/.respin-staging-out-1"),
                false, List.of("0000-cover-letter.patch", "0001-a.patch"), BRANCH, tip, STATE, tip);
        return out;
    }

    private static List<String> journals(Repository r) throws Exception {
        Path dir = r.getDirectory().toPath().resolve(TransactionJournal.DIR);
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void aFolderWithoutItsRefsIsRemoved() throws Exception {
        try (Repository r = repo()) {
            Path out = killedAfterRename(r, GONE, "0000-cover-letter.patch", "0001-a.patch");
            assertEquals(List.of("transaction-1-1"), journals(r));
            assertEquals(List.of("removed " + out + ", left by a run killed before it wrote respin/kvm-file-v1"
                    + " and its series state"), TransactionJournal.recover(r));
            assertFalse(Files.exists(out));
            assertEquals(List.of(), journals(r));
            assertEquals(List.of(), TransactionJournal.recover(r));
        }
    }

    @Test
    void aFolderWhoseRefsWereWrittenStays() throws Exception {
        try (Repository r = repo()) {
            Path out = killedAfterRename(r, GONE, "0000-cover-letter.patch", "0001-a.patch");
            RefUpdate u = r.updateRef(BRANCH);
            u.setNewObjectId(r.resolve("refs/heads/master"));
            u.update();
            assertEquals(List.of(), TransactionJournal.recover(r));
            assertEquals(List.of("0000-cover-letter.patch", "0001-a.patch"), List.of(out.toFile().list()).stream()
                    .sorted().toList());
            assertEquals(List.of(), journals(r));
        }
    }

    @Test
    void aLiveRunIsLeftAlone() throws Exception {
        try (Repository r = repo()) {
            Path out = killedAfterRename(r, TransactionJournal.self(), "0001-a.patch");
            assertEquals(List.of(), TransactionJournal.recover(r));
            assertTrue(Files.exists(out.resolve("0001-a.patch")));
            assertEquals(List.of("transaction-1-1"), journals(r));
        }
    }

    @Test
    void aFolderWithSomeoneElsesFilesIsKept() throws Exception {
        try (Repository r = repo()) {
            Path out = killedAfterRename(r, GONE, "0001-a.patch", "notes.txt");
            assertEquals(List.of(out + " was left by a run killed before it wrote its branch, and holds other"
                    + " files: remove it by hand"), TransactionJournal.recover(r));
            assertTrue(Files.exists(out.resolve("notes.txt")));
            assertEquals(List.of(), journals(r));
        }
    }
}
