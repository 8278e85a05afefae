package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
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

    private Cli series(String select) {
        Assumptions.assumeTrue(CheckpatchScript.perlRuns(), "perl is not on PATH");
        Map<String, byte[]> files = Fixtures.files(Fixtures.dir("mini-linux"));
        files.put("scripts/checkpatch.pl", FAKE.replace("SELECT", select).getBytes(StandardCharsets.UTF_8));
        File repo = tmp.resolve("linux.git").toFile();
        FixtureRepository.create(repo, files, BundledRepository.IDENT, "mini-linux with a checkpatch.pl\n");
        List<String> args = new ArrayList<>(List.of("series", "--recipe", "kvm-file", "--repo", repo.toString(),
                "-o", tmp.resolve("out").toString()));
        args.addAll(Arrays.asList(SeriesGoldenTest.FIXED));
        return Cli.run(args.toArray(String[]::new));
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
