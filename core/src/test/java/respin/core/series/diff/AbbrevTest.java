package respin.core.series.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.commit.GitCli;
import respin.core.series.commit.Series;
import respin.core.series.commit.SeriesBuilder;
import respin.core.series.commit.SeriesFixture;
import respin.core.series.diff.pack.PackedObjects;
import respin.core.series.diff.pack.PackedObjectsTest;
import respin.core.series.mail.FormatPatch;
import respin.core.series.mail.PatchFile;

class AbbrevTest {
    @TempDir
    Path tmp;

    @Test
    void automaticLengthGrowsWithThePackedObjectCount() {
        assertEquals(7, Abbrev.autoLength(0));
        assertEquals(7, Abbrev.autoLength((1 << 13) - 1));
        assertEquals(8, Abbrev.autoLength(1 << 14));
        assertEquals(12, Abbrev.autoLength(10_000_000));
    }

    @Test
    void packedRepositoryMatchesGit() throws Exception {
        GitCli.assumeGit();
        Files.createDirectories(tmp.resolve("home"));
        GitCli git = new GitCli(tmp.resolve("home"), SeriesFixture.AUTHOR);
        Path dir = tmp.resolve("repo");
        try (Repository repo = SeriesFixture.create(dir, Map.of())) {
            Series s = new SeriesBuilder(repo).base(SeriesFixture.head(repo)).branch(SeriesFixture.BRANCH)
                    .author(SeriesFixture.AUTHOR).steps(SeriesFixture.steps()).call();
            git.run(dir, "gc", "--quiet");
            List<PatchFile> mine = new FormatPatch(repo).series(s).call();
            List<PatchFile> theirs = git.formatPatch(dir, Files.createDirectories(tmp.resolve("out")),
                    "--base=" + s.base().name(), "--no-signature", s.base().name() + ".." + s.branch());
            assertEquals(theirs, mine);
            assertTrue(mine.get(0).text().endsWith("\nbase-commit: " + s.base().name() + "\n"));
        }
    }

    @Test
    void alternatesCountAsGitCountsThem() throws Exception {
        GitCli.assumeGit();
        GitCli git = new GitCli(Files.createDirectories(tmp.resolve("home")), SeriesFixture.AUTHOR);
        Path lender = tmp.resolve("lender");
        SeriesFixture.create(lender, Map.of()).close();
        PackedObjectsTest.packBlobs(tmp, lender, 1 << 14);
        git.run(lender, "multi-pack-index", "write");
        Path clone = tmp.resolve("clone");
        git.run(tmp, "clone", "-q", "--shared", lender.toString(), clone.toString());
        assertEquals(PackedObjects.count(lender.resolve(".git/objects")), PackedObjects.count(clone.resolve(".git/objects")));
        try (Repository repo = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setGitDir(clone.resolve(".git").toFile()).build()) {
            Series s = new SeriesBuilder(repo).base(SeriesFixture.head(repo)).branch(SeriesFixture.BRANCH)
                    .author(SeriesFixture.AUTHOR).steps(SeriesFixture.steps()).call();
            List<PatchFile> mine = new FormatPatch(repo).series(s).call();
            List<PatchFile> theirs = git.formatPatch(clone, Files.createDirectories(tmp.resolve("out")),
                    "--base=" + s.base().name(), "--no-signature", s.base().name() + ".." + s.branch());
            assertEquals(theirs, mine);
            assertTrue(mine.get(0).text().matches("(?s).*\nindex [0-9a-f]{8}\\.\\.[0-9a-f]{8} 100644\n.*"),
                    "16,384 objects in the lender's pack make 8 digits: " + mine.get(0).text());
        }
    }
}
