package respin.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import respin.core.parse.lex.GroupedTokens;

import org.junit.jupiter.api.Test;
import respin.core.model.CTranslationUnit;

/**
 * Long runs of tokens where no item starts parse in linear time: runs of operators
 * are one opaque token ({@link GroupedTokens#MAX_RUN}), and error recovery skips a
 * long run of words at once ({@link RunRecovery}).
 */
class RunRecoveryTest {

    /** The best of three parses, in seconds (the first may include compiling the parser). */
    private static double seconds(String src) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            CSourceParser.parse("t.c", src);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    @Test
    void aMegabyteOfStarsParsesInUnderASecond() {
        assertTrue(seconds("*".repeat(1_000_000)) < 1.0);
        assertTrue(seconds("void f(void)\n{\n\tx = " + "*".repeat(1_000_000) + "p;\n}\n") < 1.0);
        CTranslationUnit u = CSourceParser.parse("t.c", "int a;\n" + "*".repeat(1000) + "\nint b;\n");
        assertEquals(1, u.opaque().size());
        assertEquals(GroupedTokens.RUN_REASON, u.opaque().get(0).reason());
        assertEquals("t.c:2:1", u.opaque().get(0).span().toString());
        assertEquals(2, u.variables().size());
    }

    @Test
    void wordsWhereNoItemStartsScaleLinearly() {
        double small = seconds("a ".repeat(30_000) + ")");
        double large = seconds("a ".repeat(300_000) + ")");
        // quadratic would be 100 times slower; allow for a loaded machine
        assertTrue(large < Math.max(30 * small, 1.5), small + " s for 30k words, " + large + " s for 300k");
    }
}
