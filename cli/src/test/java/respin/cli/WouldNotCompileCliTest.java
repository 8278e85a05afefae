package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.checkout.BundledRepository;
import respin.core.checkout.FixtureRepository;

/**
 * The plan's types checked as a whole: a caller the plan cannot fix is "would not compile"
 * with file:line:col in explain (text and JSON), in the diff's and the series' summary and
 * in the cover letter; diff and series exit 1, and the series' files are still written.
 */
class WouldNotCompileCliTest {
    private static final String RECIPE = """
            name: track-file
            description: track_register() takes the VM's struct file
            steps:
              - id: track
                subject: "track: Take the VM's struct file"
                changes:
                  - change-param-type: {function: track_register, param: kvm, type: struct file *}
            """;

    @TempDir
    Path tmp;

    private String[] args(String command, String... more) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("MAINTAINERS", "".getBytes());
        files.put("include/track.h", "int track_register(struct kvm *kvm, struct node *n);\n".getBytes());
        files.put("mm/mmu.c", """
                #include <track.h>

                void mmu_init(struct kvm *kvm, struct node *node)
                {
                \ttrack_register(kvm, node);
                }
                """.getBytes());
        File repo = tmp.resolve("tiny.git").toFile();
        if (!repo.exists()) {
            FixtureRepository.create(repo, files, BundledRepository.IDENT, "base\n");
        }
        Path recipe = tmp.resolve("track.yaml");
        Files.writeString(recipe, RECIPE);
        List<String> a = new ArrayList<>(List.of(command, "--recipe", recipe.toString(), "--repo",
                repo.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static final String FINDING = "mm/mmu.c:5:17: kvm (struct kvm *) is passed to track_register(), which "
            + "takes struct file * (from patch 1)";
    private static final String VERDICT = "the series is not bisectable as it stands: patch 1 of 1 would not compile";

    @Test
    void diffExitsOneAndSaysWhatWouldNotCompile() throws IOException {
        Cli r = Cli.run(args("diff"));
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("+int track_register(struct file *kvm, struct node *n);"), r.out());
        assertEquals("would not compile: " + FINDING + "\nrespin: " + VERDICT + "\n",
                r.err().lines().filter(l -> !l.startsWith("left for a human")).map(l -> l + "\n")
                        .reduce("", String::concat));
    }

    @Test
    void explainNamesItInTextAndJson() throws IOException {
        Cli text = Cli.run(args("explain"));
        assertEquals(0, text.exit());
        assertTrue(text.out().contains("\nwould not compile: " + VERDICT + "\n  " + FINDING + "\n"), text.out());
        Cli json = Cli.run(args("explain", "--json"));
        assertTrue(json.out().contains(" \"wouldNotCompile\": [{\"at\": {\"file\": \"mm/mmu.c\", \"line\": 5, "
                + "\"col\": 17}, \"patch\": 1, \"reason\": "
                + "\"kvm (struct kvm *) is passed to track_register(), which takes struct file *\"}],\n"
                + " \"verdict\": \"" + VERDICT + "\""), json.out());
    }

    @Test
    void seriesWritesItsFilesExitsOneAndSaysSoInTheSummaryAndTheCoverLetter() throws IOException {
        Path out = tmp.resolve("out");
        Cli r = Cli.run(args("series", "-o", out.toString(), "--signoff", "T <t@example.org>", "--date",
                "2026-01-01T00:00:00Z"));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("  would not compile: " + FINDING + "\n  " + VERDICT + "\n"), r.out());
        assertTrue(Files.exists(out.resolve("0001-track-Take-the-VM-s-struct-file.patch")));
        String cover = Files.readString(out.resolve("0000-cover-letter.patch")).replace("\n  ", " ");
        assertTrue(cover.contains("would not compile: mm/mmu.c:5:17"), cover);
        assertTrue(cover.contains("not bisectable"), cover);
    }
}
