package respin.core.series.diff.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.commit.GitCli;
import respin.core.series.commit.SeriesFixture;

public class PackedObjectsTest {
    @TempDir
    Path tmp;

    @Test
    void packCountFollowsAlternatesAndMultiPackIndex() throws Exception {
        GitCli.assumeGit();
        GitCli git = new GitCli(Files.createDirectories(tmp.resolve("home")), SeriesFixture.AUTHOR);
        Path a = tmp.resolve("a");
        SeriesFixture.create(a, Map.of()).close();
        packBlobs(tmp, a, 100);
        git.run(a, "repack", "-q", "-a", "-d");
        packBlobs(tmp, a, 50);
        long inPack = Long.parseLong(git.run(a, "count-objects", "-v").lines()
                .filter(l -> l.startsWith("in-pack: ")).findFirst().orElseThrow().substring(9));
        assertEquals(inPack, PackedObjects.count(a.resolve(".git/objects")));
        git.run(a, "multi-pack-index", "write");
        assertEquals(inPack, PackedObjects.count(a.resolve(".git/objects")));
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        git.run(tmp, "clone", "-q", "--shared", a.toString(), b.toString());
        git.run(tmp, "clone", "-q", "--shared", b.toString(), c.toString());
        assertEquals(inPack, PackedObjects.count(c.resolve(".git/objects")));
    }

    /** Writes {@code n} new blobs as one pack with git fast-import. */
    public static void packBlobs(Path tmp, Path repo, int n) throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String data = "blob " + repo.getFileName() + " " + System.nanoTime() + " " + i + "\n";
            in.append("blob\ndata ").append(data.length()).append('\n').append(data).append('\n');
        }
        Path script = tmp.resolve("import-" + System.nanoTime());
        Files.writeString(script, in);
        Process p = new ProcessBuilder("git", "fast-import", "--quiet").directory(repo.toFile())
                .redirectInput(script.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }
}
