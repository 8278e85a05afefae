package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixture tree of the rebase tests: v1 of kvm-file, upstream moved in one of several ways,
 * then {@code respin rebase} writing v2, and what the tests read back from it.
 */
abstract class RebaseFixture {
    static final String MASTER = "refs/heads/master";
    static final String V2_DATE = "2024-11-25T10:00:00Z";

    static final String WP_DEV_C = """
            // SPDX-License-Identifier: GPL-2.0-only
            /*
             * A KVM device that write-protects guest pages on request (miniature).
             */

            #include <linux/kvm_host.h>
            #include <asm/kvm_page_track.h>

            static int kvm_wp_set_attr(struct kvm_device *dev,
            \t\t\t   struct kvm_device_attr *attr)
            {
            \tgfn_t gfn = attr->attr;

            \treturn kvm_write_track_add_gfn(dev->kvm, gfn);
            }
            """;

    static final String VGPU_ERR = "\t\tgvt_vgpu_err(\"KVM is required to use Intel vGPU\\n\");\n\t\treturn -ESRCH;";

    @TempDir
    Path tmp;

    File repo;

    Cli v1() throws IOException {
        repo = Fixtures.repository("mini-linux", tmp);
        List<String> args = new ArrayList<>(List.of("series", "--recipe", "kvm-file", "--repo", repo.toString(),
                "-o", tmp.resolve("v1").toString()));
        args.addAll(Arrays.asList(SeriesGoldenTest.FIXED));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err() + r.out());
        return r;
    }

    void upstream(String name) throws IOException {
        switch (name) {
            case "unrelated" -> Commits.onto(repo, MASTER, "kbuild: Say what the miniature tree is for\n",
                    Commits.UPSTREAM, Map.of("Makefile", Commits.replace("nothing builds here.",
                            "nothing builds here.\n# It is read by respin's tests.")));
            case "new-user" -> Commits.onto(repo, MASTER, "KVM: x86: Add a write-protect device\n",
                    Commits.UPSTREAM, Map.of("arch/x86/kvm/wp_dev.c", old -> WP_DEV_C));
            case "next-to-hunk" -> Commits.onto(repo, MASTER, "drm/i915/gvt: Say why KVM is required\n",
                    Commits.UPSTREAM, Map.of("drivers/gpu/drm/i915/gvt/kvmgt.c", Commits.replace(VGPU_ERR,
                            VGPU_ERR.replace("Intel vGPU\\n", "Intel vGPU (no VM or another mm)\\n"))));
            case "split" -> Commits.onto(repo, MASTER, "drm/i915/gvt: Remove KVMGT\n", Commits.UPSTREAM,
                    Map.of("drivers/gpu/drm/i915/gvt/kvmgt.c", old -> null));
            default -> throw new IllegalArgumentException(name);
        }
    }

    Cli rebase(String... more) {
        List<String> args = new ArrayList<>(List.of("rebase", "--repo", repo.toString(), "--series", "kvm-file",
                "--onto", "master", "-o", tmp.resolve("v2").toString(), "--date", V2_DATE));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    void assertGolden(String name) throws IOException {
        SeriesGoldenTest.assertMatchesGolden(Fixtures.dir("series/rebase/" + name),
                SeriesGoldenTest.read(tmp.resolve("v2")));
    }

    /** The cover letter's "Range-diff against v1:" section, without its title and final blank line. */
    String rangeDiffSection() throws IOException {
        String cover = Files.readString(tmp.resolve("v2/v2-0000-cover-letter.patch"), StandardCharsets.UTF_8);
        int from = cover.indexOf("Range-diff against v1:\n") + "Range-diff against v1:\n".length();
        int to = cover.indexOf("\n\nbase-commit: ");
        return cover.substring(from, to + 1);
    }

    String changes() throws IOException {
        String cover = Files.readString(tmp.resolve("v2/v2-0000-cover-letter.patch"), StandardCharsets.UTF_8);
        int from = cover.indexOf("Changes in v2:\n");
        return cover.substring(from, cover.indexOf("\n\n", from) + 1);
    }

    void assertRangeDiffIsGits() throws Exception {
        assumeTrue(Git.available(), "git is not on PATH: range-diff comparison skipped");
        String base = Git.run(repo, "rev-parse", "master~1").strip();
        String git = Git.run(repo, "range-diff", "--no-color", base + "..respin/kvm-file-v1",
                "master..respin/kvm-file-v2");
        assertEquals(git, rangeDiffSection());
    }
}
