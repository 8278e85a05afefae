package respin.core.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** git grep at a revision of a bare repository, over its C files only. */
class GitGrepTest {
    @TempDir
    Path tmp;

    static File repository(Path where) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("drivers/foo/foo.c", "int foo_init(void)\n{\n\treturn foo_get();\n}\n".getBytes(StandardCharsets.UTF_8));
        files.put("include/linux/foo.h", "int foo_init(void);\n".getBytes(StandardCharsets.UTF_8));
        files.put("Documentation/foo.rst", "foo_init() starts foo\n".getBytes(StandardCharsets.UTF_8));
        File git = where.resolve("r.git").toFile();
        FixtureRepository.create(git, files, new PersonIdent("T", "t@example.org", 1731801600000L, 0), "base\n");
        return git;
    }

    @Test
    void hitsInCFilesWithTheirLines() throws Exception {
        assumeTrue(new ProcessBuilder("git", "--version").start().waitFor() == 0, "git is not on PATH");
        try (SourceTree t = SourceTree.open(repository(tmp), "HEAD")) {
            assertEquals(List.of(new GitGrep.Hit("drivers/foo/foo.c", 1), new GitGrep.Hit("include/linux/foo.h", 1)),
                    GitGrep.run(t, List.of("-n", "-w", "-e", "foo_init")));
            assertEquals(List.of(new GitGrep.Hit("drivers/foo/foo.c", 3)),
                    GitGrep.run(t, List.of("-n", "-e", "foo_get")));
            assertEquals(List.of(), GitGrep.run(t, List.of("-n", "-e", "no_such_name")));
        }
    }
}
