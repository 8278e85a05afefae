package respin.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.check.checkpatch.CheckpatchScript;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckReport;
import respin.core.check.report.CheckResult;

/**
 * The differential corpus: respin's own patches (the golden series, the check samples) and
 * patches that put style mistakes into real Linux 6.12 code, through respin's rules and the real
 * checkpatch.pl, by default and with {@code --strict}. Per type, at least 98% must agree; the
 * table goes to stdout and {@code target/checkpatch-agreement.txt}. Skipped, saying why, without
 * perl, the script or the kernel tree next to it.
 */
class CheckpatchCorpusTest {
    /**
     * Override with -Drespin.check.corpusPatches=N and -Drespin.check.corpusSeed=S; keep the
     * patches in an empty folder with -Drespin.check.corpusDir=DIR.
     */
    private static final int KERNEL_PATCHES = Integer.getInteger("respin.check.corpusPatches", 320);
    private static final long SEED = Long.getLong("respin.check.corpusSeed", 20261203L);
    private static final List<String> DIRS = List.of("virt/kvm", "drivers/vfio", "kernel/sched", "lib", "mm",
            "fs/ext4", "net/core", "drivers/net/ethernet/intel/e1000", "arch/x86/kvm", "include/linux");

    @TempDir
    Path tmp;

    @Test
    void agreesWithCheckpatchOnEachType() throws Exception {
        Checkpatch real = Checkpatch.assumeAvailable(Files.createDirectories(tmp.resolve("home")));
        Path tree = real.tree();
        String why = Files.isDirectory(tree.resolve("virt/kvm")) ? null : "no kernel tree at " + tree;
        if (why != null) {
            System.out.println("skipping corpus test: " + why);
        }
        Assumptions.assumeTrue(why == null, why);
        String keep = System.getProperty("respin.check.corpusDir");
        Path work = Files.createDirectories(keep != null && !keep.isBlank() ? Path.of(keep) : tmp.resolve("work"));
        List<String> names = new ArrayList<>();
        int kernel = kernelPatches(tree, work, names);
        ownPatches(work, names);
        List<PatchText> patches = new ArrayList<>();
        for (String n : names) {
            patches.add(PatchText.parse(n, Files.readAllBytes(work.resolve(n))));
        }

        AgreementTable table = new AgreementTable();
        for (boolean strict : new boolean[] {false, true}) {
            List<String> options = strict ? List.of("--strict", "--terse", "--show-types")
                    : List.of("--terse", "--show-types");
            String theirs = real.run(work, options, names);
            String ours = new CheckReport().terse(true).showTypes(true)
                    .format(new PatchChecker().strict(strict).checkAll(patches));
            table.add(names, theirs, ours, strict ? "--strict" : "default");
        }
        String report = table.format(names.size(), kernel + " from Linux 6.12 code with mistakes put in, "
                + (names.size() - kernel) + " of respin's own; each checked by default and with --strict");
        StringBuilder examples = new StringBuilder();
        table.rows().forEach((type, r) -> r.examples.forEach(e -> examples.append("  ").append(e).append('\n')));
        System.out.print(report + (examples.length() == 0 ? "" : "disagreements (first 5 per type):\n" + examples));
        Files.writeString(Path.of("target", "checkpatch-agreement.txt"), report + examples, StandardCharsets.UTF_8);

        assertTrue(names.size() >= 300, "corpus of " + names.size() + " patches");
        // where respin and the script agree on every finding, one report with the script's findings
        // merged in is the script's own report, byte for byte
        if (table.rows().values().stream().allMatch(r -> r.builtinOnly + r.checkpatchOnly == 0)) {
            List<CheckResult> merged = new CheckpatchScript(real.script()).merge(new PatchChecker().checkAll(patches));
            assertEquals(real.run(work, List.of(), names), new CheckReport().format(merged), "merged report");
        } else {
            System.out.println("not comparing the merged report: respin and checkpatch.pl disagree on some findings");
        }
        for (Map.Entry<String, AgreementTable.Row> e : table.rows().entrySet()) {
            assertTrue(e.getValue().percent() >= 98.0, e.getKey() + " agrees on " + e.getValue().percent() + "%\n"
                    + report + examples);
        }
    }

    /** Writes patches of mutated kernel files to {@code work}; their names go to {@code names}. */
    private static int kernelPatches(Path tree, Path work, List<String> names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String d : DIRS) {
            try (Stream<Path> s = Files.walk(tree.resolve(d), 1)) {
                s.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h")).sorted().forEach(files::add);
            }
        }
        Random random = new Random(SEED);
        int made = 0;
        for (int i = 0; made < KERNEL_PATCHES && i < KERNEL_PATCHES * 20; i++) {
            Path file = files.get(random.nextInt(files.size()));
            String path = tree.relativize(file).toString().replace('\\', '/');
            List<String> lines = List.of(Files.readString(file, StandardCharsets.ISO_8859_1).split("\n", -1));
            String text;
            if (made % 25 == 24) {
                text = CorpusPatches.newFile(path.replaceFirst("\\.([ch])$", "-new.$1"), lines, made);
            } else {
                KernelMutations.Edit edit = KernelMutations.apply(made, lines, random);
                if (edit == null) {
                    continue;
                }
                text = CorpusPatches.mail(path, lines, edit, made / KernelMutations.count(), random);
            }
            String name = String.format("kernel/%04d-%s.patch", made, file.getFileName().toString().replace('.', '-'));
            Files.createDirectories(work.resolve(name).getParent());
            Files.writeString(work.resolve(name), text, StandardCharsets.ISO_8859_1);
            names.add(name);
            made++;
        }
        return made;
    }

    /** Copies the golden series and the check samples (but the empty one, which ends a run). */
    private static void ownPatches(Path work, List<String> names) throws IOException {
        Path golden = Path.of("..", "kernel-fixtures", "series");
        if (Files.isDirectory(golden)) {
            try (Stream<Path> s = Files.walk(golden)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".patch")).sorted().toList()) {
                    String name = "golden/" + golden.relativize(p).toString().replace('\\', '/');
                    copy(p, work.resolve(name));
                    names.add(name);
                }
            }
        }
        for (String sample : Samples.all()) {
            if (!sample.equals("empty.patch")) {
                copy(Samples.DIR.resolve(sample), work.resolve("samples/" + sample));
                names.add("samples/" + sample);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }
}
