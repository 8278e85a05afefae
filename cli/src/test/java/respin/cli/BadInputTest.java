package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.checkout.FixtureRepository;

class BadInputTest {
    @TempDir
    Path tmp;

    private File tinyRepo() {
        File git = tmp.resolve("tiny.git").toFile();
        FixtureRepository.create(git, Map.of("a.c", "int a;\n".getBytes()),
                new PersonIdent("t", "t@example.org", 0L, 0), "base\n");
        return git;
    }

    @Test
    void notAGitRepository() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("plain"));
        Cli r = Cli.run("diff", "--recipe", "kvm-file", "--repo", dir.toString());
        assertEquals(3, r.exit());
        assertEquals("respin: " + dir + " is not a git repository\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownBase() {
        File repo = tinyRepo();
        Cli r = Cli.run("explain", "--recipe", "kvm-file", "--repo", repo.toString(), "--base", "v9.99");
        assertEquals(3, r.exit());
        assertEquals("respin: unknown revision 'v9.99' in " + repo + "\n", r.err());
    }

    @Test
    void unknownRecipe() {
        Cli r = Cli.run("diff", "--recipe", "no-such", "--repo", tinyRepo().toString());
        assertEquals(3, r.exit());
        assertEquals("respin: unknown recipe 'no-such': neither a built-in recipe (kvm-file, kvm-file-wrapper, i2c-probe-one-arg) nor a recipe file\n", r.err());
    }

    @Test
    void missingRecipeIsAUsageError() {
        Cli r = Cli.run("diff");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("respin: Missing required option: '--recipe=R'\n"), r.err());
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String c : new String[] {"recipes", "explain", "diff", "series", "rebase", "status", "check", "parse"}) {
            Cli r = Cli.run(c, "--help");
            assertEquals(0, r.exit(), c);
            assertTrue(r.out().startsWith("Usage: respin " + c), r.out());
        }
    }

    /** The command list shows each command's first description line alone: it must be a whole sentence. */
    @Test
    void theCommandListSaysWholeSentences() {
        String list = Cli.run("--help").out().replaceAll("\n {13}", " ");
        long commands = list.lines().filter(l -> l.matches("  [a-z]+ +\\S.*")).count();
        assertEquals(9, commands, list);
        list.lines().filter(l -> l.matches("  [a-z]+ +\\S.*"))
                .forEach(l -> assertTrue(l.endsWith("."), "not a sentence: " + l));
    }

    @Test
    void recipesListsKvmFile() {
        Cli r = Cli.run("recipes");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("kvm-file           VFIO and the x86 page-track API"), r.out());
    }
}
