package respin.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.check.report.CheckReport;
import respin.core.check.report.CheckResult;
import respin.core.error.BadInputException;

/** respin check's reading of files and standard input, and its choice of the real script. */
class CheckPatchesTest {
    private static final String PATCH = """
            From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001
            From: Jane Developer <jane@example.org>
            Date: Mon, 18 Nov 2024 10:00:00 +0000
            Subject: [PATCH] foo: Tidy

            Tidy foo.

            Signed-off-by: Jane Developer <jane@example.org>
            ---
             drivers/foo/foo.c | 1 +
             1 file changed, 1 insertion(+)

            diff --git a/drivers/foo/foo.c b/drivers/foo/foo.c
            index 1111111..2222222 100644
            --- a/drivers/foo/foo.c
            +++ b/drivers/foo/foo.c
            @@ -1,2 +1,3 @@
             int a;
            +int b;\s
             int c;
            --\s
            2.47.0
            """;

    @TempDir
    Path tmp;

    @Test
    void filesAndStandardInputAreCheckedInOrder() throws Exception {
        Path file = Files.writeString(tmp.resolve("0001-foo-Tidy.patch"), PATCH);
        List<CheckResult> r = new CheckPatches(List.of(file.toString(), "-"))
                .stdin(new ByteArrayInputStream(PATCH.replace("int b; ", "int b;").getBytes(StandardCharsets.UTF_8)))
                .noCheckpatch(true).call();
        assertEquals(2, r.size());
        assertEquals(List.of(false, true), r.stream().map(CheckResult::clean).toList());
        String report = new CheckReport().terse(true).format(r);
        assertEquals(file + ":19: ERROR: trailing whitespace\n", report.lines()
                .filter(l -> l.contains("ERROR")).findFirst().orElse("") + "\n");
    }

    @Test
    void whatIsMissingIsBadInput() {
        assertEquals(tmp.resolve("none.patch") + ": no such file", assertThrows(BadInputException.class,
                () -> new CheckPatches(List.of(tmp.resolve("none.patch").toString())).call()).getMessage());
        assertEquals(tmp.resolve("checkpatch.pl") + ": no such file (--checkpatch)", assertThrows(
                BadInputException.class, () -> new CheckPatches(List.of("-")).stdin(new ByteArrayInputStream(
                        new byte[0])).checkpatch(tmp.resolve("checkpatch.pl")).call()).getMessage());
        assertEquals(tmp.resolve("nowhere") + ": not a directory (--repo)", assertThrows(BadInputException.class,
                () -> new CheckPatches(List.of("-")).stdin(new ByteArrayInputStream(new byte[0]))
                        .repo(tmp.resolve("nowhere")).call()).getMessage());
    }
}
