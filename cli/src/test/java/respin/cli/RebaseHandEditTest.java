package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;

/** Hand edits and the bot mode of {@code respin rebase}, and {@code respin status}, on the fixture tree. */
class RebaseHandEditTest extends RebaseFixture {
    static final PersonIdent ME = new PersonIdent("A. U. Thor", "author@example.org", 1732010400000L, 0);
    static final String V1_BRANCH = "refs/heads/respin/kvm-file-v1";

    private void fixUp(String message, String path, String from, String to) throws IOException {
        Commits.onto(repo, V1_BRANCH, message, ME, Map.of(path, Commits.replace(from, to)));
    }

    private boolean hasRef(String name) throws IOException {
        try (Repository r = new FileRepositoryBuilder().setGitDir(repo).build()) {
            return r.exactRef(name) != null;
        }
    }

    @Test
    void aHandFixUpOnV1IsCarriedIntoV2() throws Exception {
        v1();
        fixUp("KVM: Say what file_to_kvm() returns\n\nSay in a comment what it gives for a file that is not a VM.\n\n"
                + "Signed-off-by: A. U. Thor <author@example.org>\n",
                "virt/kvm/kvm_main.c", "struct kvm *file_to_kvm(struct file *file)\n{",
                "/* The VM behind a KVM file, or NULL for any other file. */\nstruct kvm *file_to_kvm(struct file *file)\n{");
        upstream("unrelated");
        Cli r = rebase();
        assertEquals(0, r.exit(), r.err() + r.out());
        assertGolden("hand-edit");
        assertRangeDiffIsGits();
        assertTrue(changes().contains("- Hand edit \"KVM: Say what file_to_kvm() returns\" carried over on top.\n"),
                changes());
        assertTrue(Git.run(repo, "show", "respin/kvm-file-v2:virt/kvm/kvm_main.c")
                .contains("/* The VM behind a KVM file, or NULL for any other file. */\nstruct kvm *file_to_kvm("));
    }

    @Test
    void aHandFixUpThatConflictsIsReportedAndNothingIsWritten() throws Exception {
        v1();
        fixUp("drm/i915/gvt: Shorter error\n", "drivers/gpu/drm/i915/gvt/kvmgt.c", VGPU_ERR,
                VGPU_ERR.replace("KVM is required to use Intel vGPU", "vGPU needs KVM"));
        upstream("next-to-hunk");
        Cli r = rebase();
        assertEquals(1, r.exit(), r.err() + r.out());
        assertTrue(r.err().matches("(?s)respin: the hand edit [0-9a-f]{12} \\(\"drm/i915/gvt: Shorter error\"\\) does not"
                + " apply on the regenerated series:\n  drivers/gpu/drm/i915/gvt/kvmgt.c:92: hunk @@ -89,7 \\+89,7 @@"
                + " static int intel_vgpu_open_device\\(struct vfio_device \\*vfio_dev\\) does not apply: the"
                + " regenerated lines differ\nrespin: nothing written; .*"), r.err());
        assertFalse(Files.exists(tmp.resolve("v2")));
        assertFalse(hasRef("refs/heads/respin/kvm-file-v2"));
        Cli status = Cli.run("status", "--repo", repo.toString());
        assertTrue(status.out().contains("  v1  base 8c3bf8c59c70  branch respin/kvm-file-v1  2 patches")
                && !status.out().contains("  v2  "), status.out());
        assertTrue(status.out().contains("respin/kvm-file-v1 has 1 hand edit on top of v1"), status.out());
    }

    @Test
    void ifChangedWritesNothingWhenUpToDateAndV2WhenUpstreamAddsAUser() throws Exception {
        v1();
        Cli same = rebase("--if-changed");
        assertEquals(0, same.exit(), same.err());
        assertEquals("respin: kvm-file v1 is up to date on master (8c3bf8c59c70)\n", same.out());
        assertFalse(Files.exists(tmp.resolve("v2")));
        assertFalse(hasRef("refs/heads/respin/kvm-file-v2"));
        upstream("unrelated");
        assertTrue(rebase("--if-changed").out().startsWith("respin: kvm-file v1 is up to date on master ("));
        upstream("new-user");
        Cli moved = rebase("--if-changed");
        assertEquals(0, moved.exit(), moved.err());
        assertTrue(Files.exists(tmp.resolve("v2/v2-0000-cover-letter.patch")));
        assertTrue(hasRef("refs/heads/respin/kvm-file-v2"));
    }

    @Test
    void statusTellsWhetherTheBaseMovedAndARespinWouldChangeAnything() throws Exception {
        v1();
        Cli before = Cli.run("status", "--repo", repo.toString());
        assertEquals(0, before.exit(), before.err());
        assertTrue(before.out().matches("(?s)series kvm-file \\(change-id 20241118-kvm-file-[0-9a-f]{12}, "
                + "refs/respin/series/kvm-file\\)\n  v1  base 8c3bf8c59c70  branch respin/kvm-file-v1  2 patches  "
                + "recipe kvm-file \\(sha256 [0-9a-f]{12}\\)\nbase: v1 sits on HEAD \\(8c3bf8c59c70\\)\n"
                + "respin: up to date: a respin onto HEAD gives the same 2 patches\n"), before.out());
        upstream("unrelated");
        upstream("new-user");
        Cli after = Cli.run("status", "--repo", repo.toString());
        assertTrue(after.out().contains("base: moved: HEAD is ") && after.out().contains("2 commits behind\n")
                && after.out().endsWith("respin: a respin onto HEAD would change 1 of 2 patches "
                        + "(respin rebase --onto HEAD)\n"), after.out());
        assertEquals(0, rebase().exit());
        Cli two = Cli.run("status", "--repo", repo.toString(), "--series", "kvm-file");
        assertTrue(two.out().contains("\n  v2  base ") && two.out().endsWith("same 2 patches\n"), two.out());
    }

    @Test
    void theEditedCoverLetterKeepsItsBlurbAndOwnBullets() throws Exception {
        v1();
        Path cover = tmp.resolve("v1/0000-cover-letter.patch");
        String text = Files.readString(cover, StandardCharsets.UTF_8);
        int body = text.indexOf("\n\n") + 2;
        int shortlog = text.indexOf("Steps are merged into");
        Files.writeString(cover, text.substring(0, body) + "My own words about the series.\n\n"
                + text.substring(shortlog), StandardCharsets.UTF_8);
        upstream("unrelated");
        Cli r = rebase("--cover-from", tmp.resolve("v1").toString(), "--change", "Reworded the cover letter.");
        assertEquals(0, r.exit(), r.err() + r.out());
        String v2 = Files.readString(tmp.resolve("v2/v2-0000-cover-letter.patch"), StandardCharsets.UTF_8);
        assertTrue(v2.contains("\n\nMy own words about the series.\n\nSteps are merged into \"vfio: Hold"), v2);
        assertTrue(changes().endsWith("- No change in the patches: only the base moved.\n"
                + "- Reworded the cover letter.\n"), changes());
    }

    @Test
    void withoutARecordedSeriesRebaseAndStatusSayWhatIsMissing() throws Exception {
        repo = Fixtures.repository("mini-linux", tmp);
        Cli r = Cli.run("rebase", "--repo", repo.toString(), "--onto", "master");
        assertEquals(3, r.exit());
        assertEquals("respin: no series recorded in " + repo + " (respin series records one)\n", r.err());
        v1();
        Cli other = Cli.run("status", "--repo", repo.toString(), "--series", "kvm-file-wrapper");
        assertEquals(3, other.exit());
        assertEquals("respin: no series 'kvm-file-wrapper' recorded in " + repo
                + " (respin series --series kvm-file-wrapper records it)\n", other.err());
        Cli onto = Cli.run("rebase", "--repo", repo.toString(), "--onto", "no-such-rev");
        assertEquals(3, onto.exit());
        assertEquals("respin: unknown revision 'no-such-rev' in " + repo + "\n", onto.err());
    }
}
