package respin.core.series.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.commit.Series;
import respin.core.series.commit.SeriesBuilder;
import respin.core.series.commit.SeriesFixture;
import respin.core.series.commit.StepCommit;

/** Prefixes learned from a generated history, and from paths when the history says too little. */
class SubjectPrefixesTest {
    @TempDir
    Path tmp;

    private static StepCommit touch(String subject, String path, int n) {
        return new StepCommit(subject, "", Map.of(path, SeriesFixture.bytes("v" + n + "\n")));
    }

    @Test
    void dominantPrefixOfEachFileAndOfAPatch() throws Exception {
        try (Repository repo = SeriesFixture.create(tmp.resolve("r"), Map.of())) {
            List<StepCommit> steps = new ArrayList<>();
            int n = 0;
            for (int i = 0; i < 5; i++) {
                steps.add(touch("KVM: x86: Change " + i, "arch/x86/kvm/x86.c", n++));
            }
            for (int i = 0; i < 2; i++) {
                steps.add(touch("KVM: x86/mmu: Change " + i, "arch/x86/kvm/x86.c", n++));
            }
            for (int i = 0; i < 4; i++) {
                steps.add(touch("KVM: Generic change " + i, "virt/kvm/kvm_main.c", n++));
            }
            for (int i = 0; i < 3; i++) {
                steps.add(touch("vfio: Core change " + i, "drivers/vfio/vfio_main.c", n++));
            }
            steps.add(touch("Revert \"vfio: Core change 2\"", "drivers/vfio/vfio_main.c", n++));
            steps.add(touch("vfio/pci: Tweak", "drivers/vfio/vfio_main.c", n++));
            steps.add(touch("Untagged subject", "drivers/vfio/vfio_main.c", n++));
            steps.add(touch("fixture: Two touches only", "drivers/gpu/drm/i915/gvt/kvmgt.c", n++));
            steps.add(touch("fixture: Two touches only", "drivers/gpu/drm/i915/gvt/kvmgt.c", n++));
            Series s = new SeriesBuilder(repo).base(SeriesFixture.head(repo)).branch("h")
                    .author(SeriesFixture.AUTHOR).signoff(null).steps(steps).call();
            SubjectPrefixes p = new SubjectPrefixes(repo, s.tip(), 50);
            assertEquals("KVM: x86: ", p.forFile("arch/x86/kvm/x86.c").prefix());
            assertEquals("5 of 7 commits touching arch/x86/kvm/x86.c", p.forFile("arch/x86/kvm/x86.c").source());
            assertEquals("KVM: ", p.forFile("virt/kvm/kvm_main.c").prefix());
            assertEquals("vfio: ", p.forFile("drivers/vfio/vfio_main.c").prefix());
            assertEquals("drm/i915/gvt: ", p.forFile("drivers/gpu/drm/i915/gvt/kvmgt.c").prefix());
            assertTrue(p.forFile("drivers/gpu/drm/i915/gvt/kvmgt.c").source().startsWith("path"));
            assertEquals("vfio/pci: ", p.forFile("drivers/vfio/pci/vfio_pci_zdev.c").prefix());
            assertEquals("KVM: x86: ", p.forFiles(List.of("arch/x86/kvm/x86.c", "arch/x86/kvm/x86.c")).prefix());
            assertEquals("KVM: ", p.forFiles(List.of("arch/x86/kvm/x86.c", "virt/kvm/kvm_main.c")).prefix());
            assertEquals("vfio: ", p.forFiles(List.of("drivers/vfio/vfio_main.c", "drivers/vfio/vfio_main.c",
                    "virt/kvm/kvm_main.c")).prefix());
            SubjectPrefixes shallow = new SubjectPrefixes(repo, s.tip(), 4);
            assertEquals("KVM: x86/mmu: ", shallow.forFile("arch/x86/kvm/x86.c").prefix());
        }
    }

    @Test
    void prefixesOfSubjects() {
        assertEquals("KVM: x86: ", SubjectPrefixes.prefixOf("KVM: x86: Take the VM's struct file"));
        assertEquals("drm/i915/gvt: ", SubjectPrefixes.prefixOf("drm/i915/gvt: Use file_to_kvm()"));
        assertEquals("", SubjectPrefixes.prefixOf("Take the VM's struct file: everywhere"));
        assertEquals("", SubjectPrefixes.prefixOf("Revert \"KVM: x86: Foo\""));
        assertEquals("vfio: Hold it", SubjectPrefixes.withPrefix("KVM: Hold it", "vfio: "));
        assertEquals("vfio: Hold it", SubjectPrefixes.withPrefix("Hold it", "vfio: "));
    }

    @Test
    void pathsOfTheKvmFileSeries() {
        assertEquals("KVM: x86: ", PathPrefix.of("arch/x86/kvm/mmu/page_track.c"));
        assertEquals("KVM: x86: ", PathPrefix.of("arch/x86/include/asm/kvm_page_track.h"));
        assertEquals("KVM: ", PathPrefix.of("virt/kvm/vfio.c"));
        assertEquals("KVM: ", PathPrefix.of("include/linux/kvm_host.h"));
        assertEquals("vfio: ", PathPrefix.of("include/linux/vfio.h"));
        assertEquals("vfio: ", PathPrefix.of("drivers/vfio/group.c"));
        assertEquals("s390/vfio-ap: ", PathPrefix.of("drivers/s390/crypto/vfio_ap_ops.c"));
        assertEquals("net: ", PathPrefix.of("drivers/net/x.c"));
        assertEquals("Makefile: ", PathPrefix.of("Makefile"));
    }
}
