package respin.core.series.diff.xdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.commit.GitCli;
import respin.core.series.commit.SeriesFixture;
import respin.core.series.diff.FuncName;
import respin.core.series.diff.Hunks;

/** Hunks from respin's xdiff port against {@code git diff --no-index} on random C-like edits. */
class LineDiffTest {
    private static final String[] POOL = {"{\n", "}\n", "\n", "\n", "\tint a;\n", "\tint b;\n", "\treturn 0;\n",
        "int foo(void)\n", "static int bar(int x)\n", "\tif (x) {\n", "\t\tx++;\n", "\t}\n", "out:\n",
        "#include <linux/kvm_host.h>\n", "/* comment */\n"};

    @TempDir
    Path tmp;

    @Test
    void hunksMatchGitDiff() throws Exception {
        GitCli.assumeGit();
        Files.createDirectories(tmp.resolve("home"));
        GitCli git = new GitCli(tmp.resolve("home"), SeriesFixture.AUTHOR);
        Random r = new Random(42);
        for (int iter = 0; iter < 60; iter++) {
            int size = iter < 50 ? 40 : 1500;
            List<String> a = new ArrayList<>();
            int n = r.nextInt(size);
            for (int i = 0; i < n; i++) {
                a.add(line(r));
            }
            List<String> b = new ArrayList<>(a);
            for (int e = 0; e < 1 + r.nextInt(Math.max(2, size / 8)); e++) {
                int pos = b.isEmpty() ? 0 : r.nextInt(b.size());
                switch (r.nextInt(3)) {
                    case 0 -> b.add(pos, line(r));
                    case 1 -> {
                        if (!b.isEmpty()) {
                            b.remove(pos);
                        }
                    }
                    default -> {
                        if (!b.isEmpty()) {
                            b.set(pos, line(r));
                        }
                    }
                }
            }
            String as = String.join("", a);
            String bs = String.join("", b);
            if (r.nextInt(4) == 0 && !bs.isEmpty()) {
                bs = bs.substring(0, bs.length() - 1);
            }
            Files.writeString(tmp.resolve("a"), as);
            Files.writeString(tmp.resolve("b"), bs);
            String expected = gitHunks(git, as.equals(bs));
            Lines la = Lines.of(as.getBytes(StandardCharsets.UTF_8));
            Lines lb = Lines.of(bs.getBytes(StandardCharsets.UTF_8));
            ByteBuf out = new ByteBuf();
            Hunks.emit(out, la, lb, LineDiff.diff(la, lb), FuncName.DEFAULT);
            assertEquals(expected, out.toString(), "case " + iter);
        }
    }

    private String gitHunks(GitCli git, boolean same) {
        if (same) {
            return "";
        }
        String out = git.run(tmp, 1, "diff", "--no-index", "--no-color", "a", "b");
        int at = out.indexOf("\n@@");
        return at < 0 ? "" : out.substring(at + 1);
    }

    private static String line(Random r) {
        return r.nextInt(4) == 0 ? "\tuniq" + r.nextInt(100000) + ";\n" : POOL[r.nextInt(POOL.length)];
    }
}
