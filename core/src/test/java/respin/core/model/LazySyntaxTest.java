package respin.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import respin.core.model.tree.CFile;
import respin.core.model.tree.CTreeDump;
import respin.core.parse.CSourceParser;

class LazySyntaxTest {
    private static final String SRC = """
            int f(struct s *p)
            {
            \treturn p->a + 1;
            }
            """;

    @Test
    void keepsTheTreeUntilReleasedThenParsesTheTextAgain() {
        CTranslationUnit u = CSourceParser.parse("t.c", SRC);
        assertFalse(u.syntaxTree().isBuilt());
        CFile first = u.syntax();
        assertSame(first, u.syntax());
        String before = LazySyntax.account();
        u.syntaxTree().release();
        assertFalse(u.syntaxTree().isBuilt());
        CFile again = u.syntax();
        assertTrue(u.syntaxTree().isBuilt());
        assertNotSame(first, again);
        assertEquals(CTreeDump.of(first, u.lines()), CTreeDump.of(again, u.lines()));
        assertEquals(again(before) + 1, again(LazySyntax.account()), LazySyntax.account());
    }

    /** The count of trees built again after a release, from {@link LazySyntax#account()}. */
    private static long again(String account) {
        String n = account.substring(account.indexOf(", ") + 2, account.indexOf(" of them again"));
        return Long.parseLong(n);
    }
}
