package respin.core.series.commit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

/** A miniature kernel-shaped repository made with JGit, and the three-step series of the tests. */
public final class SeriesFixture {
    static final Identity BASE_AUTHOR = new Identity("Base Author", "base@example.org",
            Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.ofHours(1));
    public static final Identity AUTHOR = new Identity("Jane Developer", "jane@example.org",
            Instant.parse("2024-03-04T10:20:30Z"), ZoneOffset.ofHoursMinutes(-5, -30));
    public static final String BRANCH = "respin/kvm-file-v1";

    public static final String FOO_C = """
            // SPDX-License-Identifier: GPL-2.0
            #include <linux/kvm_host.h>
            #include <linux/foo.h>

            static int foo_count;

            static int foo_get(struct kvm *kvm)
            {
            \tif (!kvm)
            \t\treturn -EINVAL;
            \tfoo_count++;
            \treturn 0;
            }

            int foo_init(struct kvm *kvm)
            {
            \tint ret;

            \tret = foo_get(kvm);
            \tif (ret)
            \t\treturn ret;
            \tkvm->arch.foo = 1;
            \treturn 0;
            }

            void foo_exit(struct kvm *kvm)
            {
            \tkvm->arch.foo = 0;
            \tfoo_count--;
            }
            """;

    public static final String FOO_H = """
            /* SPDX-License-Identifier: GPL-2.0 */
            #ifndef _LINUX_FOO_H
            #define _LINUX_FOO_H

            struct kvm;

            int foo_init(struct kvm *kvm);
            void foo_exit(struct kvm *kvm);

            #endif
            """;

    private SeriesFixture() {
    }

    /** A repository on branch main with the base files committed; returns it with the base commit checked out. */
    public static Repository create(Path dir, Map<String, String> extra) throws IOException, GitAPIException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("README", "A miniature tree.\n");
        files.put("drivers/foo/foo.c", FOO_C);
        files.put("include/linux/foo.h", FOO_H);
        files.put("include/linux/foo_old.h", "/* old */\n#define FOO_OLD 1\n");
        files.putAll(extra);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            StoredConfig cfg = git.getRepository().getConfig();
            cfg.setBoolean("core", null, "autocrlf", false);
            cfg.save();
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue().getBytes(StandardCharsets.UTF_8));
            }
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Base of the miniature tree\n")
                    .setAuthor(BASE_AUTHOR.toPersonIdent()).setCommitter(BASE_AUTHOR.toPersonIdent())
                    .setSign(false).call();
            return git.getRepository();
        }
    }

    public static ObjectId head(Repository repo) throws IOException {
        return repo.resolve("HEAD");
    }

    /** Step 1 changes two files, step 2 creates one, step 3 deletes one. */
    public static List<StepCommit> steps() {
        String fooC = FOO_C.replace("int foo_init(struct kvm *kvm)", "int foo_init(struct kvm *kvm, struct file *file)")
                .replace("\tkvm->arch.foo = 1;\n", "\tkvm->arch.foo = 1;\n\tkvm->arch.foo_file = file;\n");
        String fooH = FOO_H.replace("int foo_init(struct kvm *kvm);", "int foo_init(struct kvm *kvm, struct file *file);");
        Map<String, byte[]> s1 = new LinkedHashMap<>();
        s1.put("drivers/foo/foo.c", bytes(fooC));
        s1.put("include/linux/foo.h", bytes(fooH));
        Map<String, byte[]> s2 = new LinkedHashMap<>();
        s2.put("drivers/foo/file.c", bytes("""
                // SPDX-License-Identifier: GPL-2.0
                #include <linux/fs.h>

                struct file *foo_file_get(struct file *file)
                {
                \treturn get_file(file);
                }
                """));
        Map<String, byte[]> s3 = new LinkedHashMap<>();
        s3.put("include/linux/foo_old.h", null);
        return List.of(
                new StepCommit("KVM: foo: Pass the VM file to foo_init()",
                        "Callers hold the file of the VM; pass it down so that foo can\n"
                                + "keep a reference instead of looking it up again.", s1),
                new StepCommit("KVM: foo: Add foo_file_get()", "", s2),
                new StepCommit("KVM: foo: Remove foo_old.h", "Nothing includes it any more.", s3));
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
