package respin.core.series.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.commit.Identity;

class SeriesStateStoreTest {
    static final Identity WHO = new Identity("A. U. Thor", "author@example.org",
            Instant.parse("2024-11-18T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    File tmp;

    static SeriesVersion version(int n, String base, String blurb) {
        return new SeriesVersion(n, ObjectId.fromString(base), "respin/kvm-file-v" + n,
                ObjectId.fromString("2222222222222222222222222222222222222222"), "kvm-file", "name: kvm-file\n",
                Map.of("signoff", List.of("A. U. Thor <author@example.org>"), "to", List.of("a@x", "b@y")),
                "KVM: subject", blurb, n > 1 ? List.of("Rebased onto " + base) : List.of(),
                List.of(new PatchRecord("helpers", List.of("helpers"),
                                ObjectId.fromString("3333333333333333333333333333333333333333"), "KVM: Add file_to_kvm()"),
                        new PatchRecord("vfio", List.of("vfio", "page-track"),
                                ObjectId.fromString("4444444444444444444444444444444444444444"), "vfio: Hold a file")),
                List.of("drivers/gpu/drm/i915/gvt/kvmgt.c: vgpu->vfio_device.kvm dereferenced"));
    }

    @Test
    void versionsAreCommitsOnTopOfEachOtherAndReadBackEqual() throws Exception {
        try (Repository repo = FileRepositoryBuilder.create(new File(tmp, "r.git"))) {
            repo.create(true);
            SeriesStateStore store = new SeriesStateStore(repo);
            SeriesState s = SeriesState.start("kvm-file", LocalDate.of(2024, 11, 18), new Random(1))
                    .with(version(1, "1111111111111111111111111111111111111111", "First blurb.\n\nSecond paragraph.\n"));
            store.write(s, WHO);
            SeriesState s2 = s.with(version(2, "5555555555555555555555555555555555555555", "Blurb v2.\n"));
            ObjectId tip = store.write(s2, WHO);

            assertEquals(s2, store.read("kvm-file").orElseThrow());
            assertEquals(List.of("kvm-file"), store.names());
            assertTrue(s.changeId().matches("20241118-kvm-file-[0-9a-f]{12}"), s.changeId());
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit c = walk.parseCommit(tip);
                assertEquals("respin: kvm-file v2 on 5555555555555555555555555555555555555555", c.getShortMessage());
                assertEquals(1, c.getParentCount());
                assertEquals("respin: kvm-file v1 on 1111111111111111111111111111111111111111",
                        walk.parseCommit(c.getParent(0)).getShortMessage());
            }
            assertEquals(s, new SeriesState(s.name(), s.changeId(),
                    store.read("kvm-file").orElseThrow().versions().subList(0, 1)));
        }
    }

    @Test
    void groupsOfSplitStepsAreKeptBesideThePatches() {
        SeriesState s = SeriesState.start("gizmo-flags", LocalDate.of(2024, 11, 18), new Random(1))
                .with(new SeriesVersion(1, ObjectId.fromString("1111111111111111111111111111111111111111"),
                        "respin/gizmo-flags-v1", ObjectId.fromString("2222222222222222222222222222222222222222"),
                        "gizmo-flags", "", Map.of("split", List.of("by-maintainer")), "", "", List.of(),
                        List.of(new PatchRecord("core", List.of("core"), ObjectId.fromString(
                                "3333333333333333333333333333333333333333"), "gizmo: Take the flags as unsigned int"),
                                new PatchRecord("drivers/gizmo-acme-drivers", List.of("drivers"), ObjectId.fromString(
                                        "4444444444444444444444444444444444444444"),
                                        "gizmo: Pass gizmo flags as unsigned int", "GIZMO ACME DRIVERS")),
                        List.of()));
        Map<String, String> files = SeriesStateStore.StateText.files(s);
        assertEquals("drivers/gizmo-acme-drivers GIZMO ACME DRIVERS\n", files.get("v1/groups"));
        assertEquals("3333333333333333333333333333333333333333 core core gizmo: Take the flags as unsigned int\n"
                + "4444444444444444444444444444444444444444 drivers/gizmo-acme-drivers drivers gizmo: Pass gizmo "
                + "flags as unsigned int\n", files.get("v1/patches"));
        assertEquals(s, SeriesStateStore.StateText.parse("gizmo-flags", files));
    }

    @Test
    void aStateRecordedBeforeGroupsLoadsWithTheGroupsSlugs() {
        Map<String, String> files = Map.of("series", "name: gizmo-flags\nchange-id: 20241118-gizmo-flags-0123456789ab\n",
                "v1/version", "number: 1\nbase: 1111111111111111111111111111111111111111\nbranch: "
                        + "respin/gizmo-flags-v1\ntip: 2222222222222222222222222222222222222222\nrecipe: gizmo-flags\n"
                        + "recipe-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                        + "cover-subject: Gizmo flags are unsigned\noption.subject-prefix: PATCH\n",
                "v1/patches", "4444444444444444444444444444444444444444 drivers/gizmo-acme-drivers drivers gizmo: Pass "
                        + "gizmo flags as unsigned int\n");
        PatchRecord p = SeriesStateStore.StateText.parse("gizmo-flags", files).latest().patches().get(0);
        assertEquals(new PatchRecord("drivers/gizmo-acme-drivers", List.of("drivers"),
                ObjectId.fromString("4444444444444444444444444444444444444444"), "gizmo: Pass gizmo flags as unsigned int",
                null), p);
        assertEquals("gizmo-acme-drivers", p.groupLabel());
        assertEquals(null, new PatchRecord("core", List.of("core"), ObjectId.zeroId(), "s").groupSlug());
    }
}
