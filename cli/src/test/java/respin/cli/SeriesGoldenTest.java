package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recipes on fixture trees, byte for byte: golden patch files and git am of them giving
 * the branch's tree; for kvm-file also the final tree equal to the hand-written
 * kernel-fixtures/mini-linux.expected, an oracle that regenerating the goldens cannot
 * move. The kvm-file recipe is built in; widget-file is a recipe written only as a
 * file (kernel-fixtures/recipes/widget-file.yaml).
 */
class SeriesGoldenTest {
    static final String[] FIXED = {"--signoff", "A. U. Thor <author@example.org>", "--date",
        "2024-11-18T10:00:00Z"};

    @TempDir
    Path tmp;

    /** A recipe run on a fixture tree, with its golden series under kernel-fixtures/series/NAME. */
    record Case(String tree, String recipe, String name) {
        String recipeArg() {
            return recipe.endsWith(".yaml") ? Fixtures.dir(recipe).toString() : recipe;
        }

        @Override
        public String toString() {
            return name + " on " + tree;
        }
    }

    static List<Case> cases() {
        return List.of(new Case("mini-linux", "kvm-file", "kvm-file"),
                new Case("mini-linux", "kvm-file-wrapper", "kvm-file-wrapper"),
                new Case("widget-linux", "recipes/widget-file.yaml", "widget-file"));
    }

    private static final Case KVM_FILE = cases().get(0);

    private Cli series(File repo, Path out) {
        return series(KVM_FILE, repo, out);
    }

    private Cli series(Case c, File repo, Path out) {
        List<String> args = new ArrayList<>(List.of("series", "--recipe", c.recipeArg(), "--repo", repo.toString(),
                "-o", out.toString()));
        args.addAll(Arrays.asList(FIXED));
        return Cli.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void seriesMatchesGolden(Case c) throws IOException {
        File repo = Fixtures.repository(c.tree(), tmp);
        Path out = tmp.resolve("out");
        Cli r = series(c, repo, out);
        assertEquals(0, r.exit(), r.err() + r.out());
        assertMatchesGolden(Fixtures.dir("series/" + c.name()), read(out));
    }

    /** {@code got} equals the files of {@code golden}; with -Drespin.updateGolden, they are written there first. */
    static void assertMatchesGolden(Path golden, Map<String, String> got) throws IOException {
        if (Boolean.getBoolean("respin.updateGolden")) {
            Files.createDirectories(golden);
            try (var old = Files.list(golden)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (var e : got.entrySet()) {
                Files.writeString(golden.resolve(e.getKey()), e.getValue(), StandardCharsets.ISO_8859_1);
            }
        }
        assertTrue(Files.isDirectory(golden), "No " + golden + " test vector");
        assertEquals(read(golden), got);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void gitAmOfThePatchesGivesTheBranchTree(Case c) throws Exception {
        assumeTrue(Git.available(), "git is not on PATH: git am comparison skipped");
        File repo = Fixtures.repository(c.tree(), tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, series(c, repo, out).exit());
        File clone = tmp.resolve("clone").toFile();
        Git.run(tmp.toFile(), "clone", "-q", repo.toString(), clone.toString());
        List<String> am = new ArrayList<>(List.of("am", "-q"));
        for (String name : new TreeMap<>(read(out)).keySet()) {
            if (!name.startsWith("0000-")) {
                am.add(out.resolve(name).toString());
            }
        }
        Git.run(clone, am.toArray(String[]::new));
        assertEquals(Git.run(clone, "rev-parse", "origin/respin/" + c.name() + "-v1^{tree}"),
                Git.run(clone, "rev-parse", "HEAD^{tree}"));
    }

    @Test
    void finalTreeIsTheHandWrittenExpectation() throws Exception {
        assumeTrue(Git.available(), "git is not on PATH");
        File repo = Fixtures.repository(KVM_FILE.tree(), tmp);
        assertEquals(0, series(KVM_FILE, repo, tmp.resolve("out")).exit());
        Map<String, byte[]> expected = Fixtures.files(Fixtures.dir("mini-linux.expected"));
        assertTrue(!expected.isEmpty());
        for (var e : expected.entrySet()) {
            String got = Git.run(repo, "show", "respin/" + KVM_FILE.name() + "-v1:" + e.getKey());
            assertEquals(new String(e.getValue(), StandardCharsets.UTF_8), got, e.getKey());
        }
    }

    @Test
    void outputFolderThatIsNotEmptyIsRefusedAndNothingIsWritten() throws IOException {
        File repo = Fixtures.repository("mini-linux", tmp);
        Path out = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(out.resolve("keep.txt"), "mine\n");
        Cli r = series(repo, out);
        assertEquals(3, r.exit());
        assertEquals("respin: output folder " + out + " exists and is not empty\n", r.err());
        assertEquals(List.of("keep.txt"), new ArrayList<>(read(out).keySet()));
    }

    static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
