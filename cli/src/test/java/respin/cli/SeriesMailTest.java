package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * respin series on the fixture tree with the mail options: To/Cc from the fixture's
 * MAINTAINERS, threading, prefixes from history, --exec, and byte-identical output for the
 * same repository, recipe, identity and date.
 */
class SeriesMailTest {
    @TempDir
    Path tmp;

    private Cli series(File repo, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("series", "--recipe", "kvm-file", "--repo", repo.toString(),
                "-o", out.toString()));
        args.addAll(Arrays.asList(SeriesGoldenTest.FIXED));
        args.addAll(Arrays.asList(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static String headers(String mail) {
        return mail.substring(0, mail.indexOf("\n\n") + 1);
    }

    @Test
    void toAndCcComeFromMaintainersPerPatchAndTheirUnionOnTheCover() throws IOException {
        File repo = Fixtures.repository("mini-linux", tmp);
        Path out = tmp.resolve("out");
        Cli r = series(repo, out, "--to", "auto", "--cc", "auto", "--cc", "Reviewer One <one@example.org>", "--thread");
        assertEquals(0, r.exit(), r.err() + r.out());
        Map<String, String> files = SeriesGoldenTest.read(out);
        List<String> names = new ArrayList<>(files.keySet());
        String p1 = headers(files.get(names.get(1)));
        assertTrue(p1.endsWith("""
                Subject: [PATCH 1/2] KVM: Add file_to_kvm() and a struct file back pointer in
                 struct kvm_device
                To: Pat Hypervisor <pat.hypervisor@example.org>,
                    Linus Upstream <linus.upstream@example.org>
                Cc: kvm@lists.example.org,
                    linux-kernel@lists.example.org,
                    Reviewer One <one@example.org>
                """), p1);
        String p2 = headers(files.get(names.get(2)));
        assertTrue(p2.contains("""
                To: Sam Shadowpage <sam.shadowpage@example.org>,
                    Pat Hypervisor <pat.hypervisor@example.org>,
                    Linus Upstream <linus.upstream@example.org>,
                    Gustav Vgpu <gustav.vgpu@example.org>,
                    Kim Mediated <kim.mediated@example.org>,
                    Toni Crypto <toni.crypto@example.org>,
                    Hal Adjunct <hal.adjunct@example.org>,
                    Alex Passthrough <alex.passthrough@example.org>,
                    Matt Zpci <matt.zpci@example.org>
                Cc: kvm@lists.example.org,
                    linux-kernel@lists.example.org,
                    intel-gvt-dev@lists.example.org,
                    intel-gfx@lists.example.org,
                    linux-s390@lists.example.org,
                    Reviewer One <one@example.org>
                """), p2);
        String cover = headers(files.get(names.get(0)));
        assertTrue(cover.contains("To: Pat Hypervisor <pat.hypervisor@example.org>,\n"
                + "    Linus Upstream <linus.upstream@example.org>,\n    Sam Shadowpage"), cover);
        assertTrue(cover.contains("Message-Id: <cover.1731924000.git.author@example.org>\n"), cover);
        assertTrue(p2.contains("In-Reply-To: <cover.1731924000.git.author@example.org>\n"
                + "References: <cover.1731924000.git.author@example.org>\n"), p2);
    }

    @Test
    void sameInputsGiveByteIdenticalFiles() throws IOException {
        File repo = Fixtures.repository("mini-linux", tmp);
        String[] all = {"--to", "auto", "--cc", "auto", "--thread", "--prefix-from-history", "-v", "3"};
        Cli a = series(repo, tmp.resolve("a"), concat(all, "--branch", "one"));
        Cli b = series(repo, tmp.resolve("b"), concat(all, "--branch", "two"));
        assertEquals(0, a.exit(), a.err() + a.out());
        assertEquals(0, b.exit(), b.err() + b.out());
        Map<String, String> first = SeriesGoldenTest.read(tmp.resolve("a"));
        assertEquals(3, first.size());
        assertEquals(first, SeriesGoldenTest.read(tmp.resolve("b")));
        File other = Fixtures.repository("mini-linux", tmp.resolve("elsewhere"));
        assertEquals(0, series(other, tmp.resolve("c"), all).exit());
        assertEquals(first, SeriesGoldenTest.read(tmp.resolve("c")));
    }

    @Test
    void prefixFromHistoryFallsBackToThePathOnAOneCommitTree() throws IOException {
        File repo = Fixtures.repository("mini-linux", tmp);
        Cli r = series(repo, tmp.resolve("out"), "--prefix-from-history=20");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("  prefix \"KVM:\" for \"KVM: Add file_to_kvm() and a struct file back pointer"
                + " in struct kvm_device\": path (1 prefixed commits touch virt/kvm/kvm_main.c); 2 of 2 files\n"),
                r.out());
    }

    @Test
    void execReportsTheFirstPatchWhereTheCommandFails() throws IOException {
        File repo = Fixtures.repository("mini-linux", tmp);
        List<String> before = scratchDirs();
        Cli r = series(repo, tmp.resolve("o1"), "--branch", "x1", "--exec",
                "echo at $(pwd | sed 's,.*/,,' | cut -c1-12); grep -q file_to_kvm drivers/s390/crypto/vfio_ap_ops.c");
        assertEquals(1, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("at respin-exec-\nexec: patch 1/2 \"KVM: Add file_to_kvm() and a struct file"
                + " back pointer in struct kvm_device\" failed: "), r.out());
        assertTrue(r.out().endsWith("exec: first failing patch: 1\n"), r.out());

        Cli second = series(repo, tmp.resolve("o2"), "--branch", "x2", "--exec",
                "! grep -q file_to_kvm drivers/s390/crypto/vfio_ap_ops.c");
        assertEquals(1, second.exit());
        assertTrue(second.out().endsWith("exec: first failing patch: 2\n"), second.out());

        Cli ok = series(repo, tmp.resolve("o3"), "--branch", "x3", "--exec",
                "test -f include/linux/kvm_host.h && test ! -e MAINTAINERS.orig");
        assertEquals(0, ok.exit(), ok.out());
        assertTrue(ok.out().endsWith("exec: 'test -f include/linux/kvm_host.h && test ! -e MAINTAINERS.orig'"
                + " passed at all 2 patches\n"), ok.out());
        assertEquals(before, scratchDirs());
    }

    @Test
    void execRunsInAGitWorkTreeAtEachPatchLikeRebaseX() throws Exception {
        assumeTrue(Git.available(), "system git is not installed");
        File repo = Fixtures.repository("mini-linux", tmp);
        String cmd = "echo \"$RESPIN_PATCH/$RESPIN_PATCHES base=$(git rev-parse --short=7 $RESPIN_BASE)"
                + " status=[$(git status --porcelain)]\"; git diff --name-only HEAD~1 HEAD";
        Cli r = series(repo, tmp.resolve("o"), "--branch", "x", "--exec", cmd);
        assertEquals(0, r.exit(), r.err() + r.out());
        String base = Git.run(repo, "rev-parse", "--short=7", "x~2").strip();
        String head1 = Git.run(repo, "rev-parse", "--short=12", "x~1").strip();
        String head2 = Git.run(repo, "rev-parse", "--short=12", "x").strip();
        assertTrue(r.out().endsWith("exec [1/2] " + head1 + ": " + cmd + "\n"
                + "1/2 base=" + base + " status=[]\n"
                + "include/linux/kvm_host.h\n"
                + "virt/kvm/kvm_main.c\n"
                + "exec [2/2] " + head2 + ": " + cmd + "\n"
                + "2/2 base=" + base + " status=[]\n"
                + "arch/x86/include/asm/kvm_page_track.h\n"
                + "arch/x86/kvm/mmu/page_track.c\n"
                + "drivers/gpu/drm/i915/gvt/kvmgt.c\n"
                + "drivers/s390/crypto/vfio_ap_ops.c\n"
                + "drivers/vfio/group.c\n"
                + "drivers/vfio/pci/vfio_pci_zdev.c\n"
                + "drivers/vfio/vfio.h\n"
                + "drivers/vfio/vfio_main.c\n"
                + "include/linux/vfio.h\n"
                + "virt/kvm/vfio.c\n"
                + "exec: '" + cmd + "' passed at all 2 patches\n"), r.out());
    }

    private static List<String> scratchDirs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("respin-exec-")).sorted().toList();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
