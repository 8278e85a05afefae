package respin.core.series.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.commit.GitCli;
import respin.core.series.commit.SeriesFixture;

/**
 * A dry-run diff equals {@code git diff BASE TIP} once the same files are committed, plain and
 * with {@code --color=always}: file order, renames, function names of the cpp driver, incomplete
 * lines, CR LF, and in colour every whitespace error git marks.
 */
class PreviewDiffTest {
    @TempDir
    Path tmp;

    private GitCli git;
    private Path dir;

    @BeforeEach
    void setUp() throws Exception {
        GitCli.assumeGit();
        git = new GitCli(Files.createDirectories(tmp.resolve("home")), SeriesFixture.AUTHOR);
        dir = tmp.resolve("repo");
    }

    private static final String FN = "int f(void)\n{\n\tint a;\n\n\ta = 1;\n\ta = 2;\n\ta = 3;\n\ta = 4;\n\treturn a;\n}\n";

    private Map<String, String> base() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(".gitattributes", "*.c diff=cpp\n*.h diff=cpp\n");
        files.put("a.c", FN);
        files.put("a-b.c", FN);
        files.put("a/b.c", FN);
        files.put("ws.c", FN);
        files.put("eof.c", FN + "\n");
        files.put("crlf.c", "one\r\ntwo\r\nthree\r\n");
        files.put("noeol.c", "x\ny");
        files.put("old name.h", "/* moved */\n#define A 1\n#define B 2\n#define C 3\n");
        return files;
    }

    private Map<String, byte[]> changes() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a/b.c", bytes(FN.replace("a = 4;", "a = 5;")));
        files.put("a.c", bytes(FN.replace("return a;", "return -a;")));
        files.put("a-b.c", bytes(FN.replace("int a;", "long a;")));
        files.put("ws.c", bytes(FN.replace("\ta = 1;\n", "\ta = 1; \n \ta = 10;\n        a = 11;\t\n")
                .replace("\ta = 3;\n", "\ta = 3;\r\n")));
        files.put("eof.c", bytes(FN.replace("a = 2", "a = 20") + "\n \n\t\n"));
        files.put("crlf.c", bytes("one\r\n2\r\nthree\r\n"));
        files.put("noeol.c", bytes("x\nz"));
        files.put("old name.h", null);
        files.put("new name.h", bytes("/* moved */\n#define A 1\n#define B 2\n#define C 4\n"));
        files.put("z.c", bytes("int z;\n"));
        return files;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void equalsGitDiffOfTheCommittedFiles() throws Exception {
        try (Repository repo = SeriesFixture.create(dir, base())) {
            RevCommit head = head(repo);
            long objects = objectFiles();
            String plain = new String(new PreviewDiff(repo, head, changes()).call(), StandardCharsets.UTF_8);
            String color = new String(new PreviewDiff(repo, head, changes()).color(true).call(),
                    StandardCharsets.UTF_8);
            assertEquals(objects, objectFiles(), "a dry run writes no object");
            commit(changes());
            assertEquals(git.run(dir, "diff", "HEAD~1", "HEAD"), plain);
            assertEquals(git.run(dir, "diff", "--color=always", "HEAD~1", "HEAD"), color);
            assertTrue(plain.indexOf("diff --git a/a-b.c") < plain.indexOf("diff --git a/a.c")
                    && plain.indexOf("diff --git a/a.c") < plain.indexOf("diff --git a/a/b.c"), plain);
            assertTrue(plain.contains("@@ -6,5 +6,5 @@ int f(void)\n"), plain);
            assertTrue(color.contains("\033[32m+\033[m\t\033[32ma = 1;\033[m\033[41m \033[m\n"), color);
            assertTrue(color.contains("\n\033[41m+ \033[m\n\033[41m+\t\033[m\n"), color);
        }
    }

    @Test
    void noChangeIsNoOutput() throws Exception {
        try (Repository repo = SeriesFixture.create(dir, base())) {
            assertEquals(0, new PreviewDiff(repo, head(repo), Map.of("a.c", bytes(FN))).call().length);
        }
    }

    private static RevCommit head(Repository repo) throws Exception {
        try (RevWalk w = new RevWalk(repo)) {
            return w.parseCommit(SeriesFixture.head(repo));
        }
    }

    private void commit(Map<String, byte[]> files) throws Exception {
        for (var f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            if (f.getValue() == null) {
                Files.delete(p);
            } else {
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
        }
        git.run(dir, "add", "-A");
        git.run(dir, "commit", "-q", "-m", "tip");
    }

    private long objectFiles() throws Exception {
        try (var s = Files.walk(dir.resolve(".git/objects"))) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
