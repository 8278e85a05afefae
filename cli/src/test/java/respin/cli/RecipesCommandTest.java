package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import respin.rewriters.recipes.Recipes;

class RecipesCommandTest {
    /** As a process, so that what is printed must reach stdout before the exit (it did not: no flush). */
    @Test
    void showPrintsTheRecipeFile() throws Exception {
        Cli r = Launched.run(Map.of(), "recipes", "--show", "kvm-file");
        assertEquals("", r.err());
        assertEquals(0, r.exit());
        assertEquals(Recipes.source("kvm-file").orElseThrow(), r.out());
    }

    @Test
    void showOfAnUnknownRecipeIsOneLine() throws Exception {
        Cli r = Launched.run(Map.of(), "recipes", "--show", "no-such");
        assertEquals(3, r.exit());
        assertEquals("respin: unknown recipe 'no-such'; built-in recipes: kvm-file, kvm-file-wrapper, i2c-probe-one-arg\n", r.err());
        assertEquals("", r.out());
    }
}
