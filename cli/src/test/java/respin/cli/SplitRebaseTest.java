package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code respin rebase} of a split series (gizmo-flags on gizmo-linux, one patch per
 * MAINTAINERS section, three of them with the same subject) onto a base where upstream gave
 * one group a new file: "Changes in v2" names exactly the patch of that group, by subject and
 * group, and no merge or split that did not happen; a {@code --split} given to
 * {@code respin series} is the split of the next version too.
 */
class SplitRebaseTest {
    private static final String RECIPE = "recipes/gizmo-flags.yaml";
    private static final String ACME_H = """
            /* SPDX-License-Identifier: GPL-2.0 */
            #ifndef _GIZMO_ACME_H
            #define _GIZMO_ACME_H

            struct gizmo;

            int acme_extra_setup(struct gizmo *g, int flags);

            #endif /* _GIZMO_ACME_H */
            """;

    @TempDir
    Path tmp;

    private File repo;
    private String upstream;

    private void v1(String... more) {
        repo = Fixtures.repository("gizmo-linux", tmp);
        List<String> args = new ArrayList<>(List.of("series", "--recipe", Fixtures.dir(RECIPE).toString(), "--repo",
                repo.toString(), "-o", tmp.resolve("v1").toString()));
        args.addAll(Arrays.asList(SeriesGoldenTest.FIXED));
        args.addAll(Arrays.asList(more));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err() + r.out());
    }

    /** Upstream shares acme_extra_setup() through a new header of the acme driver. */
    private void upstreamAddsAcmeHeader() throws IOException {
        upstream = Commits.onto(repo, RebaseFixture.MASTER, "gizmo: acme: Declare acme_extra_setup() in acme.h\n",
                Commits.UPSTREAM, Map.of("drivers/gizmo/acme/acme.h", old -> ACME_H,
                        "drivers/gizmo/acme/acme-extra.c", Commits.replace(
                                "#include <linux/module.h>\n\nstatic int acme_extra_setup",
                                "#include <linux/module.h>\n\n#include \"acme.h\"\n\nint acme_extra_setup")))
                .abbreviate(12).name();
    }

    private Cli rebase(String... more) {
        List<String> args = new ArrayList<>(List.of("rebase", "--repo", repo.toString(), "--series", "gizmo-flags",
                "--onto", "master", "-o", tmp.resolve("v2").toString(), "--date", RebaseFixture.V2_DATE));
        args.addAll(Arrays.asList(more));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err() + r.out());
        return r;
    }

    private String cover() throws IOException {
        return Files.readString(tmp.resolve("v2/v2-0000-cover-letter.patch"), StandardCharsets.UTF_8);
    }

    /** The "Changes in v2:" section, the new base's commit id as 0000000. */
    private String changes() throws IOException {
        String cover = cover();
        int from = cover.indexOf("Changes in v2:\n");
        String text = cover.substring(from, cover.indexOf("\n\n", from) + 1);
        return upstream == null ? text : text.replace(upstream, "000000000000");
    }

    @Test
    void aFileNewInOneGroupChangesOnlyThatGroupsPatch() throws Exception {
        v1();
        upstreamAddsAcmeHeader();
        rebase();
        assertEquals("""
                Changes in v2:
                - Base moved from commit 6ba9687e4c6f ("gizmo-linux: fixture tree shaped
                  like Linux 6.12") to commit 000000000000 ("gizmo: acme: Declare
                  acme_extra_setup() in acme.h").
                - "gizmo: Pass gizmo flags as unsigned int" (GIZMO ACME DRIVERS): the
                  edits changed (see the range-diff).
                - New site from upstream: drivers/gizmo/acme/acme.h: prototype of
                  acme_extra_setup(): flags becomes unsigned int flags
                """, changes());
    }

    @Test
    void theSplitGivenToSeriesIsRecordedShownAndKeptByRebase() throws Exception {
        v1("--split", "by-directory=3");
        Cli status = Cli.run("status", "--repo", repo.toString(), "--series", "gizmo-flags");
        assertEquals(0, status.exit(), status.err());
        assertEquals("  v1  base 6ba9687e4c6f  branch respin/gizmo-flags-v1  6 patches  recipe gizmo-flags (sha256 "
                + "XXXXXXXXXXXX)  --split by-directory=3", status.out().lines().skip(1).findFirst().orElseThrow()
                        .replaceAll("sha256 [0-9a-f]{12}", "sha256 XXXXXXXXXXXX"));
        upstreamAddsAcmeHeader();
        rebase();
        Map<String, String> v1 = SeriesGoldenTest.read(tmp.resolve("v1"));
        Map<String, String> v2 = SeriesGoldenTest.read(tmp.resolve("v2"));
        assertEquals(v1.keySet().stream().map(n -> "v2-" + n).toList(), List.copyOf(v2.keySet()));
        for (String n : v1.keySet()) {
            if (!n.startsWith("0000-")) {
                assertEquals(groupParagraph(v1.get(n)), groupParagraph(v2.get("v2-" + n)), n);
            }
        }
        assertEquals("""
                Changes in v2:
                - Base moved from commit 6ba9687e4c6f ("gizmo-linux: fixture tree shaped
                  like Linux 6.12") to commit 000000000000 ("gizmo: acme: Declare
                  acme_extra_setup() in acme.h").
                - "gizmo: Pass gizmo flags as unsigned int" (drivers/gizmo/acme/): the
                  edits changed (see the range-diff).
                - New site from upstream: drivers/gizmo/acme/acme.h: prototype of
                  acme_extra_setup(): flags becomes unsigned int flags
                """, changes());
    }

    /** The paragraph of a patch of a split step that names its group. */
    private static String groupParagraph(String patch) {
        int from = patch.indexOf("\n\nThis patch changes the files of ");
        assertTrue(from > 0, patch);
        return patch.substring(from + 2, patch.indexOf("\n\n", from + 2));
    }

    @Test
    void rebaseSplitsAnotherWayWhenToldAndRecordsIt() throws Exception {
        v1();
        rebase("--split", "by-directory=3");
        assertEquals(List.of("v2-0000-cover-letter.patch", "v2-0001-gizmo-Take-the-flags-as-unsigned-int.patch",
                "v2-0002-gizmo-Take-the-flags-as-unsigned-int.patch", "v2-0003-gizmo-Pass-gizmo-flags-as-unsigned-int.patch",
                "v2-0004-gizmo-Pass-gizmo-flags-as-unsigned-int.patch", "v2-0005-gizmo-Pass-gizmo-flags-as-unsigned-int.patch",
                "v2-0006-sound-Pass-gizmo-flags-as-unsigned-int.patch"),
                List.copyOf(SeriesGoldenTest.read(tmp.resolve("v2")).keySet()));
        assertTrue(changes().startsWith("""
                Changes in v2:
                - Every step is split by-directory=3 (respin rebase --split), no longer
                  as the recipe says.
                """), changes());
        Cli status = Cli.run("status", "--repo", repo.toString(), "--series", "gizmo-flags");
        assertEquals(List.of("", "  --split by-directory=3"), status.out().lines().skip(1).limit(2)
                .map(l -> l.substring(l.indexOf(")") + 1)).toList());
    }
}
