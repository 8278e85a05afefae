package respin.core.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** git grep at a revision of a bare repository, over its C files only. */
class GitGrepTest {
    @TempDir
    Path tmp;

    @Test
    void hitsInCFilesWithTheirLines() throws Exception {
        assumeTrue(new ProcessBuilder("git", "--version").start().waitFor() == 0, "git is not on PATH");
        try (SourceTree t = SourceTree.open(TestRepos.of(tmp, Map.of(
                "drivers/foo/foo.c", "int foo_init(void)\n{\n\treturn foo_get();\n}\n",
                "include/linux/foo.h", "int foo_init(void);\n",
                "Documentation/foo.rst", "foo_init() starts foo\n")), "HEAD")) {
            assertEquals(List.of(new GitGrep.Hit("drivers/foo/foo.c", 1), new GitGrep.Hit("include/linux/foo.h", 1)),
                    GitGrep.run(t, List.of("-n", "-w", "-e", "foo_init")));
            assertEquals(List.of(new GitGrep.Hit("drivers/foo/foo.c", 3)),
                    GitGrep.run(t, List.of("-n", "-e", "foo_get")));
            assertEquals(List.of(), GitGrep.run(t, List.of("-n", "-e", "no_such_name")));
        }
    }
}
