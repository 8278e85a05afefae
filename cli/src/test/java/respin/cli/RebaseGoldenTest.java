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
 * {@code respin rebase} on the fixture tree: v1 of kvm-file, upstream moves (an unrelated commit,
 * a new user of a migrated function, a change next to a generated hunk, the removal of what made
 * two steps one patch), v2 against golden files under kernel-fixtures/series/rebase/CASE and its
 * range-diff against system git's.
 */
class RebaseGoldenTest extends RebaseFixture {
    @ParameterizedTest
    @ValueSource(strings = {"unrelated", "new-user", "next-to-hunk", "split"})
    void v2MatchesGoldenAndItsRangeDiffIsGits(String name) throws Exception {
        v1();
        upstream(name);
        Cli r = rebase();
        assertEquals(0, r.exit(), r.err() + r.out());
        assertGolden(name);
        assertRangeDiffIsGits();
    }

    @Test
    void anUnrelatedCommitChangesOnlyTheBase() throws Exception {
        v1();
        upstream("unrelated");
        Cli r = rebase();
        assertEquals(0, r.exit(), r.err());
        assertTrue(changes().startsWith("Changes in v2:\n- Base moved from commit 8c3bf8c59c70 (\"mini-linux:"
                + " fixture tree shaped\n  like Linux 6.12\") to commit "), changes());
        // checkpatch's GIT_COMMIT_ID takes the bases as they are written; only git's range-diff lines are long
        assertTrue(r.out().contains("checks: 0 errors, 1 warnings in 3 patches, all in the cover letter"), r.out());
        assertTrue(changes().endsWith("- No change in the patches: only the base moved.\n"), changes());
        assertTrue(rangeDiffSection().matches("(?s)1:  [0-9a-f]{7} = 1:  [0-9a-f]{7} KVM: Add file_to_kvm\\(\\).*\n"
                + "2:  [0-9a-f]{7} = 2:  [0-9a-f]{7} vfio: Hold .*\n"), rangeDiffSection());
    }

    @Test
    void aNewUserUpstreamIsMigratedAndNamed() throws Exception {
        v1();
        upstream("new-user");
        assertEquals(0, rebase().exit());
        String patch2 = Files.readString(tmp.resolve("v2/v2-0002-vfio-Hold-a-reference-to-the-VM-s-struct-file-ins.patch"));
        assertTrue(patch2.contains("--- a/arch/x86/kvm/wp_dev.c\n+++ b/arch/x86/kvm/wp_dev.c\n"), patch2);
        assertTrue(patch2.contains("\n-\treturn kvm_write_track_add_gfn(dev->kvm, gfn);\n"
                + "+\treturn kvm_write_track_add_gfn(dev->kvm_file, gfn);\n"), patch2);
        assertTrue(changes().contains("\"vfio: Hold a reference to the VM's struct file instead of struct\n"
                + "  kvm\": the edits changed (see the range-diff).\n"
                + "- New site from upstream: arch/x86/kvm/wp_dev.c: dev->kvm passed to\n"
                + "  kvm_write_track_add_gfn(): dev->kvm_file holds the struct file *\n"), changes());
    }

    @Test
    void patchesSplitWhenUpstreamRemovesWhatCoupledThem() throws Exception {
        v1();
        upstream("split");
        assertEquals(0, rebase().exit());
        assertTrue(changes().replaceAll("commit [0-9a-f]{12} \\(\"drm", "commit 0000000 (\"drm").startsWith("""
                Changes in v2:
                - Base moved from commit 8c3bf8c59c70 ("mini-linux: fixture tree shaped
                  like Linux 6.12") to commit 0000000 ("drm/i915/gvt: Remove
                  KVMGT").
                """), changes());
        assertTrue(changes().contains("- Patch \"vfio: Hold a reference to the VM's struct file instead of\n"
                + "  struct kvm\" is split into \"vfio: Hold a reference to the VM's struct\n"
                + "  file instead of struct kvm\" and \"KVM: x86: Take the VM's struct file\n"
                + "  in the external page-track API\": its steps no longer need each other\n  to build.\n"), changes());
        assertTrue(changes().endsWith("- drivers/gpu/drm/i915/gvt/kvmgt.c: 6 sites gone upstream.\n"), changes());
    }

    @Test
    void aChangeNextToAGeneratedHunkKeepsTheEdits() throws Exception {
        v1();
        upstream("next-to-hunk");
        assertEquals(0, rebase().exit());
        assertTrue(changes().contains("- \"vfio: Hold a reference to the VM's struct file instead of struct\n"
                + "  kvm\": the same edits, in context that changed upstream.\n"), changes());
        assertTrue(rangeDiffSection().contains("\n    - \t\tgvt_vgpu_err(\"KVM is required to use Intel vGPU\\n\");\n"
                + "    + \t\tgvt_vgpu_err(\"KVM is required to use Intel vGPU (no VM or another mm)\\n\");\n"),
                rangeDiffSection());
    }
}
