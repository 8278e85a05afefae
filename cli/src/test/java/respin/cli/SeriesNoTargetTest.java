package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.checkout.BundledRepository;
import respin.core.checkout.FixtureRepository;
import respin.rewriters.recipes.Recipes;

/**
 * A recipe change that finds nothing to change stops {@code respin series} before anything
 * is written: exit 3, one line naming the change in the recipe, and no branch, no series
 * state and no output folder left behind.
 */
class SeriesNoTargetTest {
    @TempDir
    Path tmp;

    private Cli series(File repo, String recipe) {
        return Cli.run("series", "--recipe", recipe, "--repo", repo.toString(), "-o", tmp.resolve("out").toString(),
                "--signoff", "T <t@example.org>", "--date", "2026-01-01T00:00:00Z");
    }

    private static List<String> refs(File repo) throws IOException {
        try (var r = new FileRepositoryBuilder().setGitDir(repo).build()) {
            return r.getRefDatabase().getRefs().stream().map(Ref::getName).sorted().toList();
        }
    }

    private void assertNothingWritten(File repo, List<String> refsBefore) throws IOException {
        assertEquals(refsBefore, refs(repo));
        assertFalse(Files.exists(tmp.resolve("out")), "the output folder was created");
    }

    @Test
    void addFieldOnAStructTheTreeDoesNotHaveStopsTheRun() throws IOException {
        File repo = Fixtures.repository("mini-linux", tmp);
        Path recipe = tmp.resolve("copy.yaml");
        String text = Recipes.source("kvm-file").orElseThrow();
        Files.writeString(recipe, text.replace("{struct: kvm_device,", "{struct: no_such_struct,"));
        List<String> before = refs(repo);

        Cli r = series(repo, recipe.toString());

        assertEquals(3, r.exit());
        assertEquals("respin: " + recipe + ":59:9: add-field: no struct no_such_struct in the tree (closest: "
                + "ap_matrix) (and 1 more change that finds nothing)\n", r.err());
        assertEquals("", r.out());
        assertNothingWritten(repo, before);
    }

    /**
     * {@code include/linux/kvm_host.h} cut inside {@code struct kvm_device}: the struct is not
     * parsed, so its new member cannot be added, and the statement that stores to that
     * member must not be inserted either: the run refuses.
     */
    @Test
    void aTruncatedHeaderStopsTheRunInsteadOfStoringToAMemberNobodyAdded() throws IOException {
        Map<String, byte[]> files = Fixtures.files(Fixtures.dir("mini-linux"));
        String header = new String(files.get("include/linux/kvm_host.h"), StandardCharsets.ISO_8859_1);
        files.put("include/linux/kvm_host.h", header.substring(0, header.indexOf("struct kvm_device {")
                + "struct kvm_device {\n\tconst struct kvm_device_ops *ops;\n".length())
                .getBytes(StandardCharsets.ISO_8859_1));
        File repo = tmp.resolve("truncated.git").toFile();
        FixtureRepository.create(repo, files, BundledRepository.IDENT, "truncated kvm_host.h\n");
        List<String> before = refs(repo);

        Cli r = series(repo, "kvm-file");

        assertEquals(3, r.exit());
        assertEquals("respin: kvm-file.yaml:59:9: add-field: no struct kvm_device in the tree (closest: "
                + "vfio_device) (and 1 more change that finds nothing)\n", r.err());
        assertNothingWritten(repo, before);
        Cli diff = Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString());
        assertEquals(3, diff.exit());
        assertFalse(diff.out().contains("dev->kvm_file = file;"), diff.out());
    }

    /** The same header with the change marked optional: the field is left for a human, the store is not made. */
    @Test
    void anOptionalAddFieldThatFindsNothingKeepsItsDependentStatementOut() throws IOException {
        Map<String, byte[]> files = Fixtures.files(Fixtures.dir("mini-linux"));
        String header = new String(files.get("include/linux/kvm_host.h"), StandardCharsets.ISO_8859_1);
        files.put("include/linux/kvm_host.h", header.replace("struct kvm_device {", "struct kvm_dev {")
                .getBytes(StandardCharsets.ISO_8859_1));
        File repo = tmp.resolve("renamed.git").toFile();
        FixtureRepository.create(repo, files, BundledRepository.IDENT, "struct kvm_device renamed\n");
        Path recipe = tmp.resolve("optional.yaml");
        String text = Recipes.source("kvm-file").orElseThrow();
        Files.writeString(recipe, text.replace("name: kvm_file}", "name: kvm_file, optional: true}")
                .replace("statement: dev->kvm_file = file;", "statement: dev->kvm_file = file;\n          optional: true"));

        Cli r = Cli.run("diff", "--recipe", recipe.toString(), "--repo", repo.toString());

        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("kvm_file = file"), r.out());
        assertEquals(List.of(
                "left for a human: " + recipe + ":59:9: add-field: no struct kvm_device in the tree (closest: "
                        + "kvm_dev) (optional in the recipe)",
                "left for a human: " + recipe + ":61:9: insert-statement: not done: it uses kvm_file, which "
                        + recipe + ":59:9: add-field did not add (optional in the recipe)"),
                r.err().lines().filter(l -> l.contains("optional")).toList());
    }
}
