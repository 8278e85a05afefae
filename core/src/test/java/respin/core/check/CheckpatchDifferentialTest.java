package respin.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import respin.core.check.report.CheckReport;
import respin.core.check.report.CheckResult;

/**
 * Runs the real checkpatch.pl over the sample patches and compares: the findings of the types
 * respin implements (level, type, line, message) always, and the whole report when checkpatch
 * finds nothing else. Skipped, saying why, without perl or the script.
 */
class CheckpatchDifferentialTest {
    private static final Pattern BLOCK = Pattern.compile("^(?:ERROR|WARNING|CHECK):([A-Z0-9_]+): (.*)");
    private static final Pattern TERSE = Pattern.compile("^.*?:\\d+: (?:ERROR|WARNING|CHECK):([A-Z0-9_]+): (.*)");

    @TempDir
    Path tmp;

    static Stream<String> singles() {
        return Samples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("singles")
    void sameAsCheckpatch(String name) throws Exception {
        compare(List.of(name));
    }

    @Test
    void sameAsCheckpatchOverASeries() throws Exception {
        compare(List.of("series/0000-cover-letter.patch", "series/0001-misc-change-several-files.patch",
                "series/0002-net-add-m.patch", "plain-diff.patch", "notes.txt", "missing-sign-off.patch"));
    }

    @Test
    void sameAsCheckpatchWhenACoverLetterFollowsANetPatch() throws Exception {
        compare(List.of("series/0002-net-add-m.patch", "series/0000-cover-letter.patch"));
    }

    @Test
    void sameAsCheckpatchUpToAnEmptyFile() throws Exception {
        compare(List.of("leading-space.patch", "empty.patch", "code-indent.patch"));
    }

    @Test
    void sameAsCheckpatchWithMaxLineLength80() throws Exception {
        compare(List.of("long-line.patch", "long-line-clean.patch", "comment-context.patch"),
                new PatchChecker().maxLineLength(80), "--max-line-length=80");
    }

    @Test
    void sameAsCheckpatchWhenStrict() throws Exception {
        compare(List.of("series/0000-cover-letter.patch", "trailing-whitespace-clean.patch", "code-indent.patch",
                "long-line.patch"), new PatchChecker().strict(true), "--strict");
    }

    private void compare(List<String> names) throws Exception {
        compare(names, new PatchChecker());
    }

    private void compare(List<String> names, PatchChecker checker, String... options) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Checkpatch real = Checkpatch.assumeAvailable(home);
        Path work = copySamples();
        List<CheckResult> results = Samples.check(checker, names.toArray(String[]::new));

        List<String> terse = new ArrayList<>(List.of(options));
        terse.addAll(List.of("--terse", "--show-types"));
        String realTerse = real.run(work, terse, names);
        String ours = new CheckReport().terse(true).showTypes(true).format(results);
        assertEquals(ours(realTerse), ours(ours), "findings of respin's types, " + names);

        List<String> types = new ArrayList<>(List.of(options));
        types.add("--show-types");
        String realBlocks = real.run(work, types, names);
        String ourBlocks = new CheckReport().showTypes(true).format(results);
        assertEquals(blocks(realBlocks), blocks(ourBlocks), "findings of respin's types in full, " + names);

        if (onlyOurs(realTerse)) {
            assertEquals(realTerse, ours, "terse report, " + names);
            assertEquals(real.run(work, List.of(options), names), new CheckReport().format(results),
                    "report, " + names);
        } else {
            System.out.println("checkpatch.pl finds more than respin in " + names + ":\n" + realTerse);
        }
    }

    private Path copySamples() throws IOException {
        Path work = tmp.resolve("work");
        for (String name : Samples.all()) {
            Path to = work.resolve(name);
            Files.createDirectories(to.getParent());
            Files.copy(Samples.DIR.resolve(name), to);
        }
        return work;
    }

    /** The findings of respin's types in a default report with types: their lines up to the blank one. */
    static List<String> blocks(String report) {
        List<String> out = new ArrayList<>();
        String[] lines = report.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = BLOCK.matcher(lines[i]);
            if (m.find() && Implemented.covers(m.group(1), m.group(2))) {
                StringBuilder b = new StringBuilder(lines[i]);
                while (i + 1 < lines.length && !lines[i + 1].isEmpty()) {
                    b.append('\n').append(lines[++i]);
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    /** The finding lines of respin's types. */
    static List<String> ours(String terse) {
        List<String> out = new ArrayList<>();
        for (String line : terse.split("\n", -1)) {
            Matcher m = TERSE.matcher(line);
            if (m.find() && Implemented.covers(m.group(1), m.group(2))) {
                out.add(line);
            }
        }
        return out;
    }

    static boolean onlyOurs(String terse) {
        for (String line : terse.split("\n", -1)) {
            Matcher m = TERSE.matcher(line);
            if (m.find() && !Implemented.covers(m.group(1), m.group(2))) {
                return false;
            }
        }
        return true;
    }
}
