package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step split into one patch per group of files, on the gizmo-linux fixture, whose
 * MAINTAINERS has a nested F: (drivers/gizmo/acme/ inside drivers/gizmo/), an X: exclusion
 * (drivers/gizmo/legacy/, taken by an N: regex instead) and a file no section names
 * (sound/gizmo-beep.c, grouped by its directory): golden patch files with their subjects,
 * To/Cc and the cover letter's list of groups; and the kvm-file series unchanged by
 * {@code --split none}.
 */
class SplitSeriesTest {
    private static final String RECIPE = "recipes/gizmo-flags.yaml";

    @TempDir
    Path tmp;

    private Cli series(String tree, String recipe, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("series", "--recipe", recipe, "--repo",
                Fixtures.repository(tree, tmp).toString(), "-o", out.toString()));
        args.addAll(Arrays.asList(SeriesGoldenTest.FIXED));
        args.addAll(Arrays.asList(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The files a successful series run on {@code tree} writes. */
    private Map<String, String> written(String tree, String recipe, String... more) throws IOException {
        Path out = tmp.resolve("out");
        Cli r = series(tree, recipe, out, more);
        assertEquals(0, r.exit(), r.err() + r.out());
        return SeriesGoldenTest.read(out);
    }

    @Test
    void byMaintainerGivesOnePatchPerSectionWithItsRecipients() throws IOException {
        SeriesGoldenTest.assertMatchesGolden(Fixtures.dir("series/gizmo-flags"),
                written("gizmo-linux", Fixtures.dir(RECIPE).toString(), "--to", "auto", "--cc", "auto"));
    }

    @Test
    void byDirectoryOverridesTheRecipe() throws IOException {
        Map<String, String> files = written("gizmo-linux", Fixtures.dir(RECIPE).toString(), "--split", "by-directory=3");
        assertEquals(List.of("0000-cover-letter.patch", "0001-gizmo-Take-the-flags-as-unsigned-int.patch",
                "0002-gizmo-Take-the-flags-as-unsigned-int.patch", "0003-gizmo-Pass-gizmo-flags-as-unsigned-int.patch",
                "0004-gizmo-Pass-gizmo-flags-as-unsigned-int.patch", "0005-gizmo-Pass-gizmo-flags-as-unsigned-int.patch",
                "0006-sound-Pass-gizmo-flags-as-unsigned-int.patch"),
                List.copyOf(files.keySet()));
        String cover = files.get("0000-cover-letter.patch");
        String groups = cover.substring(cover.indexOf("\n\n\"Pass") + 2, cover.indexOf("\n\nA. U. Thor"));
        assertEquals("""
                "Pass gizmo flags as unsigned int", split by directory (depth 3), is 4
                patches:
                patch 3: drivers/gizmo/ (drivers/gizmo/blink.c)
                patch 4: drivers/gizmo/acme/ (drivers/gizmo/acme/acme-extra.c,
                    drivers/gizmo/acme/acme-main.c)
                patch 5: drivers/gizmo/legacy/ (drivers/gizmo/legacy/old.c)
                patch 6: sound/ (sound/gizmo-beep.c)""", groups);
    }

    @Test
    void splitNoneGivesOneCommitPerStep() throws IOException {
        assertEquals(List.of("0000-cover-letter.patch", "0001-gizmo-Take-the-flags-as-unsigned-int.patch",
                "0002-gizmo-Pass-gizmo-flags-as-unsigned-int.patch"),
                List.copyOf(written("gizmo-linux", Fixtures.dir(RECIPE).toString(), "--split", "none").keySet()));
    }

    @Test
    void splitNoneLeavesTheKvmFileSeriesByteForByte() throws IOException {
        SeriesGoldenTest.assertMatchesGolden(Fixtures.dir("series/kvm-file"),
                written("mini-linux", "kvm-file", "--split", "none"));
    }

    @Test
    void anUnknownSplitIsAUsageError() {
        Cli r = series("gizmo-linux", Fixtures.dir(RECIPE).toString(), tmp.resolve("out"), "--split", "by-file");
        assertEquals(2, r.exit());
        assertEquals("respin: Invalid value for option '--split': 'by-file'; expected none, by-maintainer, by-directory "
                + "or by-directory=DEPTH (DEPTH from 1 to 99)", r.err().lines().findFirst().orElseThrow());
    }

    @Test
    void gitAmOfTheSplitSeriesGivesTheBranchTree() throws Exception {
        assumeTrue(Git.available(), "git is not on PATH");
        File repo = Fixtures.repository("gizmo-linux", tmp);
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("series", "--recipe", Fixtures.dir(RECIPE).toString(), "--repo",
                repo.toString(), "-o", out.toString()));
        args.addAll(Arrays.asList(SeriesGoldenTest.FIXED));
        assertEquals(0, Cli.run(args.toArray(String[]::new)).exit());
        File clone = tmp.resolve("clone").toFile();
        Git.run(tmp.toFile(), "clone", "-q", repo.toString(), clone.toString());
        Map<String, String> files = new TreeMap<>(SeriesGoldenTest.read(out));
        List<String> am = new ArrayList<>(List.of("am", "-q"));
        files.keySet().stream().filter(n -> !n.startsWith("0000-")).forEach(n -> am.add(out.resolve(n).toString()));
        Git.run(clone, am.toArray(String[]::new));
        assertEquals(Git.run(clone, "rev-parse", "origin/respin/gizmo-flags-v1^{tree}"),
                Git.run(clone, "rev-parse", "HEAD^{tree}"));
    }
}
