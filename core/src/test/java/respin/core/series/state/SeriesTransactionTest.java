package respin.core.series.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.checkout.FixtureRepository;
import respin.core.series.commit.BranchExistsException;

class SeriesTransactionTest {
    @TempDir
    Path tmp;

    private Repository repo() throws Exception {
        File git = tmp.resolve("r.git").toFile();
        ObjectId base = FixtureRepository.create(git, Map.of("a.c", "int a;\n".getBytes(StandardCharsets.UTF_8)),
                new PersonIdent("t", "t@example.org", 0L, 0), "base\n");
        assertTrue(base != null);
        return new FileRepositoryBuilder().setGitDir(git).build();
    }

    private static SeriesState start() {
        return SeriesState.start("kvm-file", LocalDate.of(2024, 11, 18), new Random(1));
    }

    private static SeriesVersion version(Repository r, int n) throws Exception {
        ObjectId master = r.resolve("refs/heads/master");
        SeriesVersion v = SeriesStateStoreTest.version(n, master.name(), "blurb\n");
        return new SeriesVersion(n, master, "respin/kvm-file-v" + n, master, v.recipeName(), v.recipeText(),
                v.options(), v.coverSubject(), v.coverBlurb(), v.changes(), v.patches(), v.sites());
    }

    @Test
    void filesBranchAndStateAppearTogether() throws Exception {
        try (Repository r = repo()) {
            Path out = tmp.resolve("out/v1");
            SeriesVersion v1 = version(r, 1);
            try (SeriesTransaction tx = SeriesTransaction.begin(r, out)) {
                tx.write("0001-a.patch", "patch\n".getBytes(StandardCharsets.UTF_8));
                assertFalse(Files.exists(out));
                assertNull(r.exactRef("refs/heads/respin/kvm-file-v1"));
                tx.commit(v1.branch(), v1.tip(), "kvm-file", v1, now -> now.orElseGet(SeriesTransactionTest::start)
                        .adding(v1), SeriesStateStoreTest.WHO);
            }
            assertEquals("patch\n", Files.readString(out.resolve("0001-a.patch")));
            assertEquals(v1.tip(), r.exactRef("refs/heads/respin/kvm-file-v1").getObjectId());
            assertEquals(List.of(v1), new SeriesStateStore(r).read("kvm-file").orElseThrow().versions());
            try (var s = Files.list(out.getParent())) {
                assertEquals(List.of("v1"), s.map(p -> p.getFileName().toString()).toList());
            }
            try (var s = Files.list(r.getDirectory().toPath().resolve(TransactionJournal.DIR))) {
                assertEquals(List.of(), s.toList(), "the journal is removed once the refs are written");
            }
        }
    }

    @Test
    void anExceptionBeforeTheCommitLeavesNothing() throws Exception {
        try (Repository r = repo()) {
            Path out = tmp.resolve("out/deeper/v1");
            try (SeriesTransaction tx = SeriesTransaction.begin(r, out)) {
                tx.write("0001-a.patch", "patch\n".getBytes(StandardCharsets.UTF_8));
            }
            assertFalse(Files.exists(tmp.resolve("out")));
            assertEquals(List.of("refs/heads/master"), r.getRefDatabase().getRefsByPrefix("refs/").stream().map(x -> x.getName()).toList());
        }
    }

    @Test
    void anExistingBranchRollsBackTheRenamedFolder() throws Exception {
        try (Repository r = repo()) {
            SeriesVersion v1 = version(r, 1);
            var ru = r.updateRef("refs/heads/" + v1.branch());
            ru.setNewObjectId(v1.tip());
            ru.update();
            Path out = Files.createDirectory(tmp.resolve("empty-out"));
            try (SeriesTransaction tx = SeriesTransaction.begin(r, out)) {
                tx.write("0001-a.patch", "patch\n".getBytes(StandardCharsets.UTF_8));
                assertThrows(BranchExistsException.class, () -> tx.commit(v1.branch(), v1.tip(), "kvm-file", v1,
                        now -> now.orElseGet(SeriesTransactionTest::start).adding(v1), SeriesStateStoreTest.WHO));
            }
            assertTrue(Files.isDirectory(out));
            assertEquals(0, out.toFile().list().length);
            assertNull(r.exactRef(SeriesStateStore.PREFIX + "kvm-file"));
        }
    }

    /** Another run records v1 between this run's read of the state and its ref update: v2 is added to it. */
    @Test
    void aConcurrentUpdateOfTheStateIsReadAgain() throws Exception {
        try (Repository r = repo()) {
            SeriesVersion v1 = version(r, 1);
            SeriesVersion v2 = version(r, 2);
            try (SeriesTransaction one = SeriesTransaction.begin(r, tmp.resolve("v1"));
                    SeriesTransaction two = SeriesTransaction.begin(r, tmp.resolve("v2"))) {
                boolean[] first = {true};
                two.commit(v2.branch(), v2.tip(), "kvm-file", v2, now -> {
                    if (first[0]) {
                        first[0] = false;
                        one.commit(v1.branch(), v1.tip(), "kvm-file", v1,
                                n -> n.orElseGet(SeriesTransactionTest::start).adding(v1), SeriesStateStoreTest.WHO);
                    }
                    return now.orElseGet(SeriesTransactionTest::start).adding(v2);
                }, SeriesStateStoreTest.WHO);
            }
            assertEquals(List.of(v1, v2), new SeriesStateStore(r).read("kvm-file").orElseThrow().versions());
            assertTrue(Files.isDirectory(tmp.resolve("v1")) && Files.isDirectory(tmp.resolve("v2")));
        }
    }
}
