package respin.core.series.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixture's MAINTAINERS (kernel-fixtures/mini-linux, shaped like the real file) read as
 * get_maintainer.pl --no-git --no-rolestats reads it: X: before F:, directory and file globs,
 * N: regexes, K: keywords, most specific section first, each person once.
 */
class MaintainersTest {
    private static Maintainers fixture;

    @BeforeAll
    static void read() throws IOException {
        Path root = Path.of(System.getProperty("respin.root", "..")).toAbsolutePath().normalize();
        fixture = Maintainers.parse(Files.readString(root.resolve("kernel-fixtures/mini-linux/MAINTAINERS")));
    }

    private static Recipients of(String... paths) {
        return fixture.recipients(List.of(paths), List.of());
    }

    @Test
    void readsEverySection() {
        assertEquals(9, fixture.size());
    }

    @Test
    void directoryPatternAndTheRest() {
        Recipients r = of("drivers/vfio/vfio_main.c");
        assertEquals(List.of("Alex Passthrough <alex.passthrough@example.org>",
                "Linus Upstream <linus.upstream@example.org>"), r.to());
        assertEquals(List.of("kvm@lists.example.org", "linux-kernel@lists.example.org"), r.cc());
    }

    @Test
    void excludedSubdirectoryGoesToItsOwnSectionOnly() {
        Recipients r = of("drivers/gpu/drm/i915/gvt/kvmgt.c");
        assertEquals(List.of("Gustav Vgpu <gustav.vgpu@example.org>", "Kim Mediated <kim.mediated@example.org>",
                "Linus Upstream <linus.upstream@example.org>"), r.to());
        assertEquals(List.of("intel-gvt-dev@lists.example.org", "intel-gfx@lists.example.org",
                "linux-kernel@lists.example.org"), r.cc());
    }

    @Test
    void fileGlobNeedsTheSameDepthAndRegexesMatchAnywhere() {
        Recipients r = of("arch/x86/kvm/mmu/page_track.c");
        assertEquals(List.of("Sam Shadowpage <sam.shadowpage@example.org>",
                "Pat Hypervisor <pat.hypervisor@example.org>", "Linus Upstream <linus.upstream@example.org>"), r.to());
        Recipients header = of("include/linux/kvm_host.h");
        assertEquals("Pat Hypervisor <pat.hypervisor@example.org>", header.to().get(0));
        Recipients deep = of("include/linux/sub/kvm_x.h");
        assertEquals(List.of("Linus Upstream <linus.upstream@example.org>"), deep.to());
    }

    @Test
    void keywordsMatchChangedLines() {
        Maintainers m = Maintainers.parse("""
                FOO
                M:\tF. Oo <foo@example.org>
                L:\tfoo@lists.example.org (moderated for non-subscribers)
                L:\tsecret@lists.example.org (subscribers-only)
                K:\t\\bfoo_[a-z]+\\(
                F:\tdrivers/foo/

                BAR
                M:\tLinus Torvalds <torvalds@linux-foundation.org>
                R:\tB. Ar <bar@example.org>
                F:\tdrivers/bar
                """, p -> p.equals("drivers/bar"));
        Recipients r = m.recipients(List.of("drivers/bar/x.c"), List.of("+\tfoo_get(x);"));
        assertEquals(List.of("B. Ar <bar@example.org>", "F. Oo <foo@example.org>"), r.to());
        assertEquals(List.of("foo@lists.example.org"), r.cc());
        assertEquals(List.of("B. Ar <bar@example.org>"), m.recipients(List.of("drivers/bar/x.c"), List.of()).to());
    }

    @Test
    void unionForTheCoverLetterKeepsToBeforeCc() {
        Recipients u = Recipients.union(List.of(of("drivers/vfio/vfio_main.c"), of("drivers/gpu/drm/i915/gvt/kvmgt.c")));
        assertEquals(List.of("Alex Passthrough <alex.passthrough@example.org>",
                "Linus Upstream <linus.upstream@example.org>", "Gustav Vgpu <gustav.vgpu@example.org>",
                "Kim Mediated <kim.mediated@example.org>"), u.to());
        assertEquals(List.of("kvm@lists.example.org", "linux-kernel@lists.example.org",
                "intel-gvt-dev@lists.example.org", "intel-gfx@lists.example.org"), u.cc());
    }

    @Test
    void sectionIsTheMostSpecificOneAndNoneForTheRestAlone() {
        Maintainers m = Maintainers.parse("""
                ACME DRIVERS
                M:	A <a@example.org>
                F:	drivers/gizmo/acme/

                GIZMO LEGACY
                M:	L <l@example.org>
                N:	legacy

                GIZMO SUBSYSTEM
                M:	G <g@example.org>
                F:	drivers/gizmo/
                F:	include/linux/gizmo*.h
                X:	drivers/gizmo/legacy/

                THE REST
                M:	Linus Torvalds <torvalds@linux-foundation.org>
                F:	*
                F:	*/
                """);
        assertEquals(java.util.Optional.of("ACME DRIVERS"), m.section("drivers/gizmo/acme/a.c"));
        assertEquals(java.util.Optional.of("GIZMO SUBSYSTEM"), m.section("drivers/gizmo/core.c"));
        assertEquals(java.util.Optional.of("GIZMO SUBSYSTEM"), m.section("include/linux/gizmo-bus.h"));
        assertEquals(java.util.Optional.of("GIZMO LEGACY"), m.section("drivers/gizmo/legacy/old.c"));
        assertEquals(java.util.Optional.empty(), m.section("sound/beep.c"));
        assertEquals(java.util.Optional.empty(), m.section("include/linux/gizmo/deeper.h"));
    }
}
