package respin.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckReport;
import respin.core.check.report.CheckResult;

/**
 * Random patches through the real checkpatch.pl and through respin: the same findings of
 * respin's types, and the same "lines checked", patch by patch. Skipped without perl or script.
 */
class CheckpatchRandomTest {
    /** Override with -Drespin.check.fuzzPatches=N and -Drespin.check.fuzzSeed=S. */
    private static final int PATCHES = Integer.getInteger("respin.check.fuzzPatches", 400);
    private static final long SEED = Long.getLong("respin.check.fuzzSeed", 20241125L);
    private static final Pattern LINES_CHECKED = Pattern.compile("(\\d+) lines checked$");

    @TempDir
    Path tmp;

    @Test
    void sameFindingsAndCountsAsCheckpatch() throws Exception {
        fuzz(SEED, new PatchChecker());
    }

    @Test
    void sameFindingsAndCountsAsCheckpatchStrictAt80Columns() throws Exception {
        fuzz(SEED + 1, new PatchChecker().strict(true).maxLineLength(80), "--strict", "--max-line-length=80");
    }

    private void fuzz(long seed, PatchChecker checker, String... options) throws Exception {
        Checkpatch real = Checkpatch.assumeAvailable(Files.createDirectories(tmp.resolve("home")));
        RandomPatches gen = new RandomPatches(seed);
        List<String> names = new ArrayList<>();
        List<PatchText> patches = new ArrayList<>();
        for (int i = 0; i < PATCHES; i++) {
            String text = gen.patch(i % 10);
            String name = String.format(i % 10 != 8 ? "%04d-fuzz.patch"
                    : i % 20 == 8 ? "%04d-cover-letter.patch" : "%04d-notes.patch", i);
            Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
            names.add(name);
            patches.add(PatchText.parse(name, text));
        }
        List<CheckResult> results = checker.checkAll(patches);

        List<String> terse = new ArrayList<>(List.of(options));
        terse.addAll(List.of("--terse", "--show-types"));
        String realTerse = real.run(tmp, terse, names);
        String ours = new CheckReport().terse(true).showTypes(true).format(results);
        Map<String, List<String>> wantTerse = byPatch(CheckpatchDifferentialTest.ours(realTerse));
        Map<String, List<String>> gotTerse = byPatch(CheckpatchDifferentialTest.ours(ours));
        for (String name : names) {
            assertEquals(wantTerse.getOrDefault(name, List.of()), gotTerse.getOrDefault(name, List.of()),
                    () -> name + ":\n" + read(name));
        }

        Map<String, Integer> types = new java.util.TreeMap<>();
        results.forEach(r -> r.findings().forEach(f -> types.merge(f.type(), 1, Integer::sum)));
        System.out.println(PATCHES + " random patches (seed " + seed + ", options " + List.of(options)
                + "), findings by type: " + types);

        List<String> full = new ArrayList<>(List.of(options));
        full.add("--show-types");
        String realReport = real.run(tmp, full, names);
        String ourReport = new CheckReport().showTypes(true).format(results);
        assertEquals(linesChecked(realReport), linesChecked(ourReport), "lines checked");
        List<String> want = CheckpatchDifferentialTest.blocks(realReport);
        List<String> got = CheckpatchDifferentialTest.blocks(ourReport);
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            assertEquals(want.get(i), got.get(i), "finding " + i + " in full");
        }
        assertEquals(want.size(), got.size(), "findings in full");
    }

    private String read(String name) {
        try {
            return Files.readString(tmp.resolve(name));
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static Map<String, List<String>> byPatch(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String l : lines) {
            out.computeIfAbsent(l.substring(0, l.indexOf(':')), k -> new ArrayList<>()).add(l);
        }
        return out;
    }

    private static List<String> linesChecked(String report) {
        List<String> out = new ArrayList<>();
        for (String l : report.split("\n")) {
            Matcher m = LINES_CHECKED.matcher(l);
            if (l.startsWith("total: ") && m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
