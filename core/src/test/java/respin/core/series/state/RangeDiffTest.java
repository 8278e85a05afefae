package respin.core.series.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.commit.GitCli;
import respin.core.series.commit.SeriesFixture;

/** {@link RangeDiff} against {@code git range-diff --no-color} of the same two ranges, byte for byte. */
class RangeDiffTest {
    @TempDir
    Path tmp;

    private GitCli git;
    private Path dir;

    @BeforeEach
    void repository() throws IOException {
        GitCli.assumeGit();
        git = new GitCli(tmp.resolve("home"), SeriesFixture.AUTHOR);
        Files.createDirectories(tmp.resolve("home"));
        dir = tmp.resolve("repo");
        git.run(tmp, "init", "-q", "-b", "main", dir.toString());
        write("drivers/foo/foo.c", SeriesFixture.FOO_C);
        write("include/linux/foo.h", SeriesFixture.FOO_H);
        write("include/linux/foo_old.h", "/* old */\n#define FOO_OLD 1\n");
        write("scripts/run.sh", "#!/bin/sh\necho run\n");
        write("README", "A miniature tree.\n");
        commit("Base");
        git.run(dir, "tag", "base1");
    }

    private void write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    }

    private String commit(String message) {
        git.run(dir, "add", "-A");
        git.run(dir, "commit", "-q", "--allow-empty", "-m", message);
        return git.run(dir, "rev-parse", "HEAD").strip();
    }

    /** The first change of the series, applied to whatever foo.c is now. */
    private String passFile(String message) throws IOException {
        write("drivers/foo/foo.c", read("drivers/foo/foo.c")
                .replace("int foo_init(struct kvm *kvm)", "int foo_init(struct kvm *kvm, struct file *file)")
                .replace("\tkvm->arch.foo = 1;\n", "\tkvm->arch.foo = 1;\n\tkvm->arch.foo_file = file;\n"));
        write("include/linux/foo.h", read("include/linux/foo.h")
                .replace("int foo_init(struct kvm *kvm);", "int foo_init(struct kvm *kvm, struct file *file);"));
        return commit(message);
    }

    private String addFile() throws IOException {
        write("drivers/foo/file.c", "// SPDX-License-Identifier: GPL-2.0\n#include <linux/fs.h>\n\n"
                + "struct file *foo_file_get(struct file *file)\n{\n\treturn get_file(file);\n}\n");
        return commit("KVM: foo: Add foo_file_get()\n\nSigned-off-by: Jane Developer <jane@example.org>");
    }

    private List<RangeDiff.Entry> entries(String keys, String... commits) {
        List<RangeDiff.Entry> out = new ArrayList<>();
        String[] k = keys.split(" ");
        for (int i = 0; i < commits.length; i++) {
            out.add(new RangeDiff.Entry(k[i], ObjectId.fromString(commits[i])));
        }
        return out;
    }

    private String ours(List<RangeDiff.Entry> left, List<RangeDiff.Entry> right) throws IOException {
        try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.resolve(".git").toFile()).build()) {
            return new RangeDiff(repo).between(left, right);
        }
    }

    @Test
    void sameAsGitRangeDiffForChangedDroppedAddedAndEqualPatches() throws IOException {
        String a1 = passFile("KVM: foo: Pass the VM file to foo_init()\n\nCallers hold the file of the VM:\n"
                + "\tfoo_init(kvm, file);\npass it down.\n\nSigned-off-by: Jane Developer <jane@example.org>\n");
        String a2 = addFile();
        git.run(dir, "rm", "-q", "include/linux/foo_old.h");
        String a3 = commit("KVM: foo: Remove foo_old.h\n\nNothing includes it any more.");
        String v1 = a3;
        git.run(dir, "checkout", "-q", "base1");
        write("README", "A miniature tree, moved on.\n");
        write("drivers/foo/foo.c", read("drivers/foo/foo.c").replace("\tkvm->arch.foo = 1;\n\treturn 0;\n",
                "\tkvm->arch.foo = 1;\n\tfoo_count++;\n\treturn 0;\n"));
        commit("Upstream: count inits");
        git.run(dir, "tag", "base2");
        String b1 = passFile("KVM: foo: Pass the VM file to foo_init()\n\nCallers hold the file of the VM:\n"
                + "\tfoo_init(kvm, file);\npass it down, always.\n\nSigned-off-by: Jane Developer <jane@example.org>\n");
        String b2 = addFile();
        git.run(dir, "mv", "include/linux/foo_old.h", "include/linux/foo_legacy.h");
        git.run(dir, "update-index", "--chmod=+x", "scripts/run.sh");
        String b3 = commit("KVM: foo: Rename foo_old.h");
        String v2 = b3;

        String expected = git.run(dir, "range-diff", "--no-color", "base1.." + v1, "base2.." + v2);
        assertEquals(List.of("!", "=", "<", ">"), expected.lines().filter(l -> !l.startsWith(" "))
                .map(l -> l.split(" +")[2]).toList(), expected);
        assertEquals(expected, ours(entries("pass add remove", a1, a2, a3), entries("pass add rename", b1, b2, b3)));
    }
}
