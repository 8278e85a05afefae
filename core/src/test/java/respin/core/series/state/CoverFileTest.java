package respin.core.series.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.error.BadInputException;

/** The blurb and the "Changes in" bullets of a cover letter the user edited. */
class CoverFileTest {
    private static final ObjectId ID = ObjectId.fromString("8c3bf8c59c70a7d8bd5ab7b4d1f5e4b2c1a0f9e8");
    private static final SeriesVersion V2 = new SeriesVersion(2, ID, "respin/kvm-file-v2", ID, "kvm-file", "",
            Map.of(), "KVM: Hold the file", "old blurb\n", List.of("respin's bullet"), List.of(), List.of());

    @TempDir
    Path tmp;

    @Test
    void keepsTheUsersBlurbAndBulletsAndDropsRespinsNotes() throws Exception {
        Files.writeString(tmp.resolve("v2-0000-cover-letter.patch"), """
                From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001
                Subject: [PATCH v2 0/2] KVM: Hold the file

                The VM's file, not the VM, is what callers hold.

                Steps are merged into "KVM: Add file_to_kvm()" because ...

                Tested on x86.

                Changes in v2:
                - Rebased onto commit 0123456789ab ("Linux 6.13").
                - My own bullet that I wrapped
                  over two lines.

                Changes in v1:
                - not this one

                Jane Developer (2):
                  KVM: Add file_to_kvm()
                """);
        SeriesVersion read = CoverFile.read(tmp, V2);
        assertEquals("The VM's file, not the VM, is what callers hold.\n\nTested on x86.\n", read.coverBlurb());
        assertEquals(List.of("Rebased onto commit 0123456789ab (\"Linux 6.13\").",
                "My own bullet that I wrapped over two lines."), read.changes());
    }

    @Test
    void aFolderWithoutCoverLetterIsBadInput() {
        assertEquals("no 0000-cover-letter.patch in " + tmp, assertThrows(BadInputException.class,
                () -> CoverFile.read(tmp, V2)).getMessage());
        assertEquals("--cover-from: no folder " + tmp.resolve("gone"), assertThrows(BadInputException.class,
                () -> CoverFile.read(tmp.resolve("gone"), V2)).getMessage());
    }
}
