package respin.core.series.commit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.error.BadInputException;

class SeriesBuilderTest {
    @TempDir
    Path tmp;

    private Series build(Repository repo, ObjectId base, List<StepCommit> steps) {
        return new SeriesBuilder(repo).base(base).branch(SeriesFixture.BRANCH)
                .author(SeriesFixture.AUTHOR).steps(steps).call();
    }

    @Test
    void writesOneCommitPerStepOnANewBranchAndLeavesTheCheckoutAlone() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Repository repo = SeriesFixture.create(dir, Map.of())) {
            ObjectId base = SeriesFixture.head(repo);
            byte[] index = Files.readAllBytes(dir.resolve(".git/index"));
            byte[] fooC = Files.readAllBytes(dir.resolve("drivers/foo/foo.c"));

            Series s = build(repo, base, SeriesFixture.steps());

            assertEquals(3, s.commits().size());
            assertEquals(base, s.commits().get(0).getParent(0));
            assertEquals(s.commits().get(0), s.commits().get(1).getParent(0));
            assertEquals(s.tip(), repo.exactRef("refs/heads/" + SeriesFixture.BRANCH).getObjectId());
            assertEquals("refs/heads/main", repo.exactRef(Constants.HEAD).getTarget().getName());
            assertEquals(base, SeriesFixture.head(repo));
            assertArrayEquals(index, Files.readAllBytes(dir.resolve(".git/index")));
            assertArrayEquals(fooC, Files.readAllBytes(dir.resolve("drivers/foo/foo.c")));
            assertNotNull(TreeWalk.forPath(repo, "drivers/foo/file.c", s.commits().get(1).getTree()));
            assertNull(TreeWalk.forPath(repo, "include/linux/foo_old.h", s.tip().getTree()));
            try (Git git = new Git(repo)) {
                assertTrue(git.status().call().isClean());
            }
        }
    }

    @Test
    void messagesComeFromTheTemplateWithSignoff() throws Exception {
        try (Repository repo = SeriesFixture.create(tmp.resolve("repo"), Map.of())) {
            Series s = build(repo, SeriesFixture.head(repo), SeriesFixture.steps());
            RevCommit first = s.commits().get(0);
            assertEquals("""
                    KVM: foo: Pass the VM file to foo_init()

                    Callers hold the file of the VM; pass it down so that foo can
                    keep a reference instead of looking it up again.

                    Signed-off-by: Jane Developer <jane@example.org>
                    """, first.getFullMessage());
            assertEquals("""
                    KVM: foo: Add foo_file_get()

                    Signed-off-by: Jane Developer <jane@example.org>
                    """, s.commits().get(1).getFullMessage());
            assertEquals(SeriesFixture.AUTHOR.toPersonIdent(), first.getAuthorIdent());
            assertEquals(SeriesFixture.AUTHOR.toPersonIdent(), first.getCommitterIdent());
        }
    }

    @Test
    void sameInputsGiveTheSameCommitIds() throws Exception {
        try (Repository a = SeriesFixture.create(tmp.resolve("a"), Map.of());
                Repository b = SeriesFixture.create(tmp.resolve("b"), Map.of())) {
            Series sa = build(a, SeriesFixture.head(a), SeriesFixture.steps());
            Series sb = build(b, SeriesFixture.head(b), SeriesFixture.steps());
            assertEquals(sa.commits().stream().map(ObjectId::name).toList(),
                    sb.commits().stream().map(ObjectId::name).toList());
        }
    }

    @Test
    void worksInABareRepository() throws Exception {
        Path work = tmp.resolve("work");
        try (Repository src = SeriesFixture.create(work, Map.of())) {
            src.close();
        }
        try (Git bare = Git.cloneRepository().setURI(work.toUri().toString()).setBare(true)
                .setDirectory(tmp.resolve("bare.git").toFile()).call()) {
            Repository repo = bare.getRepository();
            Series s = build(repo, repo.resolve("main"), SeriesFixture.steps());
            assertEquals(s.tip(), repo.resolve(SeriesFixture.BRANCH));
        }
    }

    @Test
    void refusesAnExistingBranch() throws Exception {
        try (Repository repo = SeriesFixture.create(tmp.resolve("repo"), Map.of())) {
            ObjectId base = SeriesFixture.head(repo);
            build(repo, base, SeriesFixture.steps());
            assertThrows(BranchExistsException.class, () -> build(repo, base, SeriesFixture.steps()));
        }
    }

    @Test
    void refusesEmptyAndInvalidSteps() throws Exception {
        try (Repository repo = SeriesFixture.create(tmp.resolve("repo"), Map.of())) {
            ObjectId base = SeriesFixture.head(repo);
            StepCommit same = new StepCommit("foo: nothing", "",
                    Map.of("README", SeriesFixture.bytes("A miniature tree.\n")));
            assertThrows(EmptyStepException.class, () -> build(repo, base, List.of(same)));
            Map<String, byte[]> gone = new HashMap<>();
            gone.put("no/such/file.c", null);
            assertThrows(InvalidStepException.class,
                    () -> build(repo, base, List.of(new StepCommit("foo: delete", "", gone))));
            assertThrows(InvalidStepException.class, () -> build(repo, base,
                    List.of(new StepCommit("foo: clash", "", Map.of("README/x", new byte[] {'x'})))));
            assertThrows(InvalidStepException.class, () -> build(repo, base,
                    List.of(new StepCommit("foo: escape", "", Map.of("../x", new byte[] {'x'})))));
            assertThrows(BadInputException.class, () -> build(repo,
                    repo.resolve("HEAD^{tree}"), SeriesFixture.steps()));
            assertNull(repo.exactRef("refs/heads/" + SeriesFixture.BRANCH));
        }
    }
}
