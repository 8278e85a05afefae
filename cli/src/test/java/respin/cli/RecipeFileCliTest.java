package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recipe files on the command line: malformed ones are one error and exit 3; --show gives a working start. */
class RecipeFileCliTest {
    @TempDir
    Path tmp;

    private Cli explain(String recipeText) throws IOException {
        Path recipe = tmp.resolve("r.yaml");
        Files.writeString(recipe, recipeText);
        return Cli.run("explain", "--recipe", recipe.toString(), "--repo",
                Fixtures.repository("mini-linux", tmp).toString());
    }

    @Test
    void badYamlIsExitThreeWithFileLineCol() throws IOException {
        Cli r = explain("name: x\ndescription: [unclosed\n");
        assertEquals(3, r.exit());
        assertTrue(r.err().matches("respin: .*r\\.yaml:3:1: not valid YAML: .*\\n"), r.err());
    }

    /** A binary file said "Input length = 1". */
    @Test
    void aBinaryRecipeNamesTheFileAndTheByte() throws IOException {
        Path recipe = tmp.resolve("r.bin");
        Files.write(recipe, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff, 0, '\n'});
        Cli r = Cli.run("explain", "--recipe", recipe.toString(), "--repo", Fixtures.repository("mini-linux", tmp)
                .toString());
        assertEquals("respin: " + recipe + ":1:7: not a recipe: byte 0xff is not UTF-8 text\n", r.err());
        assertEquals(3, r.exit());
        Files.write(recipe, new byte[] {'n', 'a', 'm', 'e', ':', '\n', ' ', 0, 1, 2});
        r = Cli.run("explain", "--recipe", recipe.toString(), "--repo", tmp.resolve("mini-linux.git").toString());
        assertEquals("respin: " + recipe + ":2:2: not a recipe: a NUL byte (a binary file?)\n", r.err());
        assertEquals(3, r.exit());
        assertEquals("", r.out());
    }

    @Test
    void unknownKeyIsExitThree() throws IOException {
        Cli r = explain("name: x\ndescription: y\nstep: []\n");
        assertEquals(3, r.exit());
        assertTrue(r.err().endsWith("r.yaml:3:1: unknown key 'step' in a recipe (did you mean 'steps'?); known keys: "
                + "cover, description, migrate, name, split, steps\n"), r.err());
    }

    @Test
    void wrongTypeIsExitThree() throws IOException {
        Cli r = explain("name: x\ndescription: y\nsteps: {id: a}\n");
        assertEquals(3, r.exit());
        assertTrue(r.err().endsWith("r.yaml:3:8: steps must be a list, not a mapping\n"), r.err());
    }

    @Test
    void twoStepsEditingOneSiteInConflictingWaysIsAnErrorNamingBoth() throws IOException {
        Cli r = explain("""
                name: clash
                description: two steps rewrite the same body
                steps:
                  - id: one
                    subject: "vfio: One"
                    changes:
                      - replace-body: {function: vfio_device_put_kvm, body: "{\\n}"}
                  - id: two
                    subject: "vfio: Two"
                    changes:
                      - replace-body: {function: vfio_device_put_kvm, body: "{\\n\\treturn;\\n}"}
                """);
        assertEquals(3, r.exit(), r.out());
        assertTrue(r.err().matches("respin: drivers/vfio/vfio_main\\.c:\\d+:\\d+: conflicting edits: Rewrite the body of "
                + "vfio_device_put_kvm\\(\\) \\(step one\\) and Rewrite the body of vfio_device_put_kvm\\(\\) "
                + "\\(step two\\)\n"), r.err());
    }

    @Test
    void shownRecipeRunsAsAFile() throws IOException {
        Cli shown = Cli.run("recipes", "--show", "kvm-file-wrapper");
        assertEquals(0, shown.exit());
        Cli r = explain(shown.out());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("recipe kvm-file-wrapper on HEAD"), r.out());
        assertTrue(r.out().contains("\nleft for a human: nothing\n"), r.out());
    }
}
