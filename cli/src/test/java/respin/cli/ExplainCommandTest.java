package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
    @TempDir
    Path tmp;

    @Test
    void planNamesEveryKvmgtSiteAndWhyItStaysAsItIs() {
        String repo = Fixtures.repository("mini-linux", tmp).toString();
        Cli r = Cli.run("explain", "--recipe", "kvm-file", "--repo", repo);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  vfio        drivers/gpu/drm/i915/gvt/kvmgt.c:98:41: vgpu->vfio_device.kvm passed to "
                + "kvm_page_track_register_notifier(), whose parameter is struct file * too: unchanged\n"), r.out());
        assertTrue(r.out().contains("\nleft for a human: nothing\n"), r.out());
    }

    @Test
    void jsonCarriesStepsSitesAndLeftovers() {
        String repo = Fixtures.repository("mini-linux", tmp).toString();
        Cli r = Cli.run("explain", "--recipe", "kvm-file", "--repo", repo, "--json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\"recipe\": \"kvm-file\",\n \"base\": \""), r.out());
        assertTrue(r.out().contains("{\"step\": \"helpers\", \"at\": {\"file\": \"virt/kvm/kvm_main.c\", \"line\": 177, "
                + "\"col\": 7}, \"decision\": \"call in kvm_vm_ioctl() passes filp\"}"), r.out());
        assertTrue(r.out().contains(" \"leftForAHuman\": [],\n"), r.out());
    }

    @Test
    void exportsListTheUsersOutsideTheSubsystem() {
        String repo = Fixtures.repository("mini-linux", tmp).toString();
        Cli r = Cli.run("explain", "--exports", "--subsystem-path", "virt/kvm", "--subsystem-path", "arch/*/kvm",
                "--symbol", "kvm_get_kvm_safe", "--symbol", "kvm_put_kvm_no_destroy", "--symbol", "no_such",
                "--repo", repo);
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                no_such: not exported under virt/kvm, arch/*/kvm
                kvm_get_kvm_safe (EXPORT_SYMBOL_GPL at virt/kvm/kvm_main.c:73:1): 2 uses in 1 file outside
                  drivers/vfio/vfio_main.c:50:18
                  drivers/vfio/vfio_main.c:57:13
                kvm_put_kvm_no_destroy (EXPORT_SYMBOL_GPL at virt/kvm/kvm_main.c:87:1): no users outside

                2 exported symbols under virt/kvm, arch/*/kvm, 1 with no users outside
                """, r.out());
    }

    @Test
    void exportsNeedASubsystem() {
        Cli r = Cli.run("explain", "--exports");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("respin: --exports needs at least one --subsystem-path\n"), r.err());
    }
}
