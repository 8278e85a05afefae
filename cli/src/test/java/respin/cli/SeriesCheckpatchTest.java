package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.check.checkpatch.CheckpatchScript;
import respin.core.checkout.BundledRepository;
import respin.core.checkout.FixtureRepository;

/**
 * respin series runs the revision's own scripts/checkpatch.pl next to its rules, when perl is on
 * PATH; findings in the cover letter alone do not fail the run.
 */
class SeriesCheckpatchTest {
    /** Reports one warning on each patch file that {@code SELECT} (a Perl pattern) matches. */
    private static final String FAKE = """
            for my $f (grep { !/^-/ && SELECT } @ARGV) {
                print "$f:1: WARNING:FAKE_TYPE: from the tree's script\\n\\ntotal: 0 errors, 1 warnings\\n";
            }
            exit 1;
            """;

    @TempDir
    Path tmp;

    private Cli series(String select, String... more) {
        return withScript(FAKE.replace("SELECT", select), more);
    }

    private Cli withScript(String script, String... more) {
        Assumptions.assumeTrue(CheckpatchScript.perlRuns(), "perl is not on PATH");
        Map<String, byte[]> files = Fixtures.files(Fixtures.dir("mini-linux"));
        files.put("scripts/checkpatch.pl", script.getBytes(StandardCharsets.UTF_8));
        File repo = tmp.resolve("linux.git").toFile();
        FixtureRepository.create(repo, files, BundledRepository.IDENT, "mini-linux with a checkpatch.pl\n");
        List<String> args = new ArrayList<>(List.of("series", "--recipe", "kvm-file", "--repo", repo.toString(),
                "-o", tmp.resolve("out").toString()));
        args.addAll(Arrays.asList(SeriesGoldenTest.FIXED));
        args.addAll(Arrays.asList(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /**
     * A script that spins (and starts a child that would spin too) is stopped after
     * --checkpatch-timeout with its child; the run says so on one line and keeps its own checks.
     * It waited without a limit.
     */
    @Test
    void aScriptOverTheTimeLimitIsStoppedWithItsChildren() throws Exception {
        Path pidFile = tmp.resolve("child.pid");
        long t0 = System.nanoTime();
        Cli r = withScript("my $pid = fork(); if ($pid == 0) { exec('sleep', '300'); }\n"
                + "open(my $f, '>', '" + pidFile + "'); print $f $pid; close($f);\n"
                + "1 while 1;\n", "--checkpatch-timeout", "2");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000;
        assertTrue(seconds < 60, seconds + " s");
        assertEquals(0, r.exit(), r.err());
        assertEquals("respin: the tree's scripts/checkpatch.pl did not finish in 2 s and was stopped "
                + "(--checkpatch-timeout); only respin's own rules checked the patches\n", r.err());
        assertEquals("checks: 0 errors, 0 warnings in 3 patches", checks(r));
        long child = Long.parseLong(Files.readString(pidFile).strip());
        for (int i = 0; i < 50 && ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "child " + child + " alive");
    }

    private static String checks(Cli r) {
        return r.out().lines().filter(l -> l.startsWith("checks: ")).findFirst().orElse("");
    }

    @Test
    void findingsOnlyInTheCoverLetterAreShownButDoNotFailTheRun() {
        Cli r = series("/cover-letter/");
        assertEquals(0, r.exit(), r.err());
        assertEquals("checks: 0 errors, 1 warnings in 3 patches, all in the cover letter (respin's rules and the "
                + "revision's scripts/checkpatch.pl) (respin check " + tmp.resolve("out") + "/*.patch for the report)",
                checks(r));
    }

    @Test
    void checksSayTheTreesScriptRanAndCountItsFindings() {
        Cli r = series("!/cover-letter/");
        assertEquals(1, r.exit(), r.err());
        assertEquals("checks: 0 errors, 2 warnings in 3 patches (respin's rules and the revision's "
                + "scripts/checkpatch.pl) (respin check " + tmp.resolve("out") + "/*.patch for the report)", checks(r));
    }
}
