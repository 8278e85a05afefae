package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path tmp;

    @Test
    void goldenSeriesIsCleanUnderTheBuiltInRules() {
        Path dir = Fixtures.dir("series/kvm-file");
        Cli r = Cli.run("check", "--terse", dir.resolve("0001-KVM-Add-file_to_kvm-and-a-struct-file-back-pointer-i.patch")
                .toString());
        assertEquals(0, r.exit(), r.out());
        assertEquals("", r.out());
    }

    @Test
    void trailingWhitespaceAndMissingSignOffAreReported() throws Exception {
        Path p = tmp.resolve("0001-x.patch");
        Files.writeString(p, """
                From 1111111111111111111111111111111111111111 Mon Sep 17 00:00:00 2001
                From: A <a@example.org>
                Date: Mon, 18 Nov 2024 10:00:00 +0000
                Subject: [PATCH] x: y

                Body.
                ---
                 a.c | 1 +
                 1 file changed, 1 insertion(+)

                diff --git a/a.c b/a.c
                index 1111111..2222222 100644
                --- a/a.c
                +++ b/a.c
                @@ -1,1 +1,2 @@
                 int a;
                +int b; \n""");
        Cli r = Cli.run("check", "--terse", p.toString());
        assertEquals(1, r.exit());
        // what scripts/checkpatch.pl --no-tree --terse prints for the same file
        assertEquals(p + ":17: ERROR: trailing whitespace\n"
                + p + ":17: ERROR: Missing Signed-off-by: line(s)\n"
                + "total: 2 errors, 0 warnings, 2 lines checked\n", r.out());
    }

    @Test
    void missingPatchFileIsBadInput() {
        Cli r = Cli.run("check", tmp.resolve("nope.patch").toString());
        assertEquals(3, r.exit());
    }
}
