package respin.core.model.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.parse.tree.SyntaxTrees;

/** The typed share of function bodies, and the reasons of what is opaque. */
class CTreeCoverageTest {

    @Test
    void countsBodyBytesInOpaqueNodes() {
        String src = "int g;\nvoid f(void)\n{\n\tx = a b;\n\ty = 1;\n}\n";
        CTreeCoverage c = CTreeCoverage.of(SyntaxTrees.parse("t.c", src));
        assertEquals("{\n\tx = a b;\n\ty = 1;\n}".length(), c.bodyBytes());
        assertEquals("x = a b".length(), c.opaqueBytes());
        assertEquals(List.of("a word after a complete expression"), c.reasons());
        assertEquals(100.0 * (c.bodyBytes() - 7) / c.bodyBytes(), c.typedPercent(), 1e-9);
    }

    @Test
    void aFileWithoutBodiesIsFullyTyped() {
        assertEquals(100.0, CTreeCoverage.of(SyntaxTrees.parse("t.c", "int x = y z;\n")).typedPercent());
    }
}
