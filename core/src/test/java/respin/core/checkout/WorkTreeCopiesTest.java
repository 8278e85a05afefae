package respin.core.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkTreeCopiesTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws Exception {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.ISO_8859_1);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(60))); // not racily clean
    }

    @Test
    void unchangedFilesComeFromTheWorkTreeAndEverythingElseFromTheCommit() throws Exception {
        write("a.c", "int a;\n");
        write("d/b.h", "int b;\n");
        write("d-x.c", "int x;\n");
        write("d/e/f.c", "int f;\n");
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("t", "t@respin.invalid");
            git.commit().setMessage("c").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        Files.writeString(dir.resolve("d/b.h"), "int changed;\n"); // dirty: the commit's bytes are wanted
        try (SourceTree walked = SourceTree.open(dir.toFile(), "HEAD");
                SourceTree indexed = SourceTree.open(dir.toFile(), "HEAD")) {
            indexed.preferWorkTree();
            List<SourceTree.Entry> byWalk = walked.entries();
            assertEquals(List.of("a.c", "d-x.c", "d/b.h", "d/e/f.c"), byWalk.stream().map(SourceTree.Entry::path).toList());
            assertEquals(byWalk, indexed.entries());
            List<String> texts = indexed.cFiles().stream()
                    .map(e -> new String(indexed.read(e), StandardCharsets.ISO_8859_1)).toList();
            assertEquals(List.of("int a;\n", "int x;\n", "int b;\n", "int f;\n"), texts);
            assertEquals("4 files read (3 from the work tree)", indexed.readCount());
        }
    }
}
