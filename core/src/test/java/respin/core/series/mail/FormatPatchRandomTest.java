package respin.core.series.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.commit.GitCli;
import respin.core.series.commit.Series;
import respin.core.series.commit.SeriesBuilder;
import respin.core.series.commit.SeriesFixture;
import respin.core.series.commit.StepCommit;

/**
 * Random kernel-like series (edits, new and deleted files, renames with and without edits,
 * moves between directories, many files per step) formatted by respin and by git, compared
 * byte for byte, cover letter included.
 */
class FormatPatchRandomTest {
    private static final int SEEDS = 8;

    @TempDir
    Path tmp;

    @Test
    void randomSeriesMatchGit() throws Exception {
        GitCli.assumeGit();
        Files.createDirectories(tmp.resolve("home"));
        GitCli git = new GitCli(tmp.resolve("home"), SeriesFixture.AUTHOR);
        Random gen = new Random(7);
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(".gitattributes", "*.c diff=cpp\n*.h diff=cpp\n");
        for (int i = 0; i < 60; i++) {
            String dir = i % 3 == 0 ? "drivers/net/ethernet/vendor_with_long_name" : i % 3 == 1 ? "arch/x86/kvm" : "fs";
            extra.put(dir + "/file" + i + (i % 4 == 0 ? ".h" : ".c"), cFile(gen, 20 + gen.nextInt(300)));
        }
        for (int seed = 0; seed < SEEDS; seed++) {
            Path dir = tmp.resolve("r" + seed);
            try (Repository repo = SeriesFixture.create(dir, extra)) {
                Series s = new SeriesBuilder(repo).base(SeriesFixture.head(repo)).branch("b")
                        .author(SeriesFixture.AUTHOR).steps(randomSteps(new Random(seed), extra)).call();
                git.run(dir, "config", "branch.b.description", "Random\n\nBlurb.");
                List<PatchFile> mine = new FormatPatch(repo).series(s)
                        .coverLetter(new CoverLetter("Random", "Blurb.", List.of())).call();
                List<PatchFile> theirs = git.formatPatch(dir, Files.createDirectories(tmp.resolve("o" + seed)),
                        "--cover-letter", "--cover-from-description=subject", "--base=" + s.base().name(),
                        "--no-signature", s.base().name() + "..b");
                assertEquals(theirs.size(), mine.size());
                for (int i = 0; i < theirs.size(); i++) {
                    assertEquals(theirs.get(i).text(), mine.get(i).text(), "seed " + seed + " file " + i);
                    assertEquals(theirs.get(i), mine.get(i), "seed " + seed + " file " + i);
                }
            }
        }
    }

    private static List<StepCommit> randomSteps(Random r, Map<String, String> base) {
        List<String> paths = new ArrayList<>(base.keySet());
        paths.remove(".gitattributes");
        Map<String, String> current = new HashMap<>(base);
        List<StepCommit> steps = new ArrayList<>();
        int nsteps = 1 + r.nextInt(4);
        for (int st = 0; st < nsteps; st++) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            int nfiles = 1 + r.nextInt(r.nextInt(4) == 0 ? 25 : 4);
            for (int f = 0; f < nfiles; f++) {
                String p = paths.get(r.nextInt(paths.size()));
                if (files.containsKey(p) || !current.containsKey(p)) {
                    continue;
                }
                int op = r.nextInt(10);
                if (op == 0) {
                    files.put(p, null);
                    current.remove(p);
                } else if (op <= 2) {
                    String np = op == 1 ? p.replace(".", "_v" + st + ".") : "moved" + st + p.substring(p.lastIndexOf('/'));
                    if (current.containsKey(np) || files.containsKey(np)) {
                        continue;
                    }
                    String c = edit(current.get(p), r, r.nextInt(4));
                    files.put(p, null);
                    files.put(np, bytes(c));
                    current.remove(p);
                    current.put(np, c);
                    paths.add(np);
                } else {
                    String c = edit(current.get(p), r, 1 + r.nextInt(10));
                    if (!c.equals(current.get(p))) {
                        files.put(p, bytes(c));
                        current.put(p, c);
                    }
                }
            }
            if (files.isEmpty()) {
                files.put("new" + st + ".c", bytes("int x" + st + ";\n"));
            }
            steps.add(new StepCommit("random: Step " + st + ", with a subject long enough to fold in the"
                    + " mail header and in the shortlog", "", files));
        }
        return steps;
    }

    private static String cFile(Random r, int lines) {
        StringBuilder b = new StringBuilder("// SPDX-License-Identifier: GPL-2.0\n#include <linux/kernel.h>\n\n");
        while (lines > 0) {
            int n = 3 + r.nextInt(12);
            b.append("static int fn_").append(r.nextInt(1000)).append("(struct kvm *kvm)\n{\n");
            for (int i = 0; i < n; i++) {
                b.append(r.nextInt(6) == 0 ? "out:\n" : r.nextInt(5) == 0 ? "\n" : "\tkvm->v" + r.nextInt(20) + " = 0;\n");
            }
            b.append("}\n\n");
            lines -= n + 4;
        }
        return b.toString();
    }

    private static String edit(String text, Random r, int edits) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("(?<=\n)")));
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int pos = r.nextInt(lines.size());
            switch (r.nextInt(5)) {
                case 0 -> lines.add(pos, "\tint added_" + r.nextInt(1000) + ";\n");
                case 1 -> {
                    for (int k = 0; k < 1 + r.nextInt(5) && pos < lines.size(); k++) {
                        lines.remove(pos);
                    }
                }
                case 2 -> lines.set(pos, lines.get(pos).replace("kvm", "file"));
                case 3 -> lines.add(pos, "static inline void helper_" + r.nextInt(100) + "(void)\n{\n}\n\n");
                default -> lines.set(pos, lines.get(pos).replaceAll("[a-z]+", "x"));
            }
        }
        return String.join("", lines);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
