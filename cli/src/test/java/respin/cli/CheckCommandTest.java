package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.check.checkpatch.CheckpatchScript;

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
        Path p = patch("");
        Cli r = Cli.run("check", "--terse", p.toString());
        assertEquals(1, r.exit());
        // what scripts/checkpatch.pl --no-tree --terse prints for the same file
        assertEquals(p + ":17: ERROR: trailing whitespace\n"
                + p + ":17: ERROR: Missing Signed-off-by: line(s)\n"
                + "total: 2 errors, 0 warnings, 2 lines checked\n", r.out());
    }

    /** A stand-in for scripts/checkpatch.pl: reports one finding of its own on every patch it is given. */
    private Path fakeCheckpatch(Path dir) throws Exception {
        Path script = dir.resolve("scripts/checkpatch.pl");
        Files.createDirectories(script.getParent());
        Files.writeString(script, """
                for my $f (grep { !/^-/ } @ARGV) {
                    print "$f:6: WARNING:FAKE_TYPE: only the script says so\\n#6: \\nBody.\\n\\n";
                    print "$f:17: ERROR:TRAILING_WHITESPACE: trailing whitespace\\n";
                    print "#17: FILE: a.c:2:\\n+int b; \\n\\ntotal: 1 errors, 1 warnings, 2 lines checked\\n";
                }
                exit 1;
                """);
        return script;
    }

    /** A patch whose added line ends in a space; {@code signOff} goes after the body. */
    private Path patch(String signOff) throws Exception {
        Path p = tmp.resolve("0001-x.patch");
        Files.writeString(p, """
                From 1111111111111111111111111111111111111111 Mon Sep 17 00:00:00 2001
                From: A <a@example.org>
                Date: Mon, 18 Nov 2024 10:00:00 +0000
                Subject: [PATCH] x: y

                Body.
                %s---
                 a.c | 1 +
                 1 file changed, 1 insertion(+)

                diff --git a/a.c b/a.c
                index 1111111..2222222 100644
                --- a/a.c
                +++ b/a.c
                @@ -1,1 +1,2 @@
                 int a;
                +int b; \n""".formatted(signOff));
        return p;
    }

    private Path signedPatch() throws Exception {
        return patch("\nSigned-off-by: A <a@example.org>\n");
    }

    @Test
    void checkpatchFindingsJoinRespinsOnceEach() throws Exception {
        Assumptions.assumeTrue(CheckpatchScript.perlRuns(), "perl is not on PATH");
        Path script = fakeCheckpatch(tmp.resolve("linux"));
        Path p = signedPatch();
        // the script's line 17 is not respin's 19: the stand-in does not read the patch
        Cli r = Cli.run("check", "--terse", "--checkpatch", script.toString(), p.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(p + ":6: WARNING: only the script says so\n"
                + p + ":17: ERROR: trailing whitespace\n"
                + p + ":19: ERROR: trailing whitespace\n"
                + "total: 2 errors, 1 warnings, 2 lines checked\n", r.out());
        Cli viaRepo = Cli.run("check", "--terse", "--repo", tmp.resolve("linux").toString(), p.toString());
        assertEquals(r.out(), viaRepo.out());
        Cli off = Cli.run("check", "--terse", "--no-checkpatch", "--repo", tmp.resolve("linux").toString(),
                p.toString());
        assertEquals(p + ":19: ERROR: trailing whitespace\ntotal: 1 errors, 0 warnings, 2 lines checked\n",
                off.out());
    }

    @Test
    void missingCheckpatchScriptIsOneLineOfBadInput() throws Exception {
        Cli r = Cli.run("check", "--checkpatch", tmp.resolve("nope.pl").toString(), signedPatch().toString());
        assertEquals(3, r.exit());
        assertEquals("respin: " + tmp.resolve("nope.pl") + ": no such file (--checkpatch)\n", r.err());
    }

    @Test
    void missingPatchFileIsBadInput() {
        Cli r = Cli.run("check", tmp.resolve("nope.patch").toString());
        assertEquals(3, r.exit());
    }
}
