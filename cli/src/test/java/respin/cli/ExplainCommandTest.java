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
}
