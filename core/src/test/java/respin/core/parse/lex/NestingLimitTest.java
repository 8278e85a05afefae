package respin.core.parse.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import respin.core.parse.CSourceParser;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.model.COpaque;
import respin.core.model.CTranslationUnit;

/**
 * The declaration-level parser on nesting that used to overflow the Java stack: what
 * nests past {@link NestingLimit#MAX} levels is one opaque region, the rest of the
 * file is modelled, and ordinary nesting is left alone.
 */
class NestingLimitTest {

    private static String opaque(CTranslationUnit u) {
        StringBuilder sb = new StringBuilder();
        for (COpaque o : u.opaque()) {
            sb.append(o.span()).append(' ').append(o.reason()).append('\n');
        }
        return sb.toString();
    }

    private static CTranslationUnit parse(String src) {
        CTranslationUnit u = CSourceParser.parse("t.c", src);
        assertEquals(src, CSourceParser.print(src));
        return u;
    }

    @Test
    void fourHundredNestedBracelessIfs() {
        CTranslationUnit u = parse("void f(void)\n{\n" + "if (a)\n".repeat(400) + "x();\n}\nint g(void);\n");
        assertEquals("t.c:" + (2 + NestingLimit.MAX) + ":1 " + NestingLimit.REASON + "\n", opaque(u));
        assertEquals(List.of("f", "g"), u.functions().stream().map(f -> f.name()).toList());
    }

    @Test
    void fiveThousandNestedBlocks() {
        CTranslationUnit u = parse("void f(void)\n{\n" + "{".repeat(5000) + "}".repeat(5000) + "\n}\nint g(void);\n");
        assertEquals("t.c:3:" + NestingLimit.MAX + " " + NestingLimit.REASON + "\n", opaque(u));
        assertEquals(2, u.functions().size());
    }

    @Test
    void fiveThousandNestedStructs() {
        CTranslationUnit u = parse("struct s0 {\n" + "struct {\n".repeat(5000) + "int a;\n" + "};\n".repeat(5000)
                + "};\nint g(void);\n");
        assertEquals("t.c:" + (1 + NestingLimit.MAX) + ":8 " + NestingLimit.REASON + "\n", opaque(u));
        assertEquals("s0", u.records().get(u.records().size() - 1).name());
        assertEquals(1, u.functions().size());
    }

    @Test
    void longElseIfChains() {
        String chain = "void f(void)\n{\n\tif (a) x();\n" + "\telse if (a) x();\n".repeat(3000) + "}\n";
        CTranslationUnit u = parse(chain);
        assertEquals(1, u.opaque().size());
        assertEquals(NestingLimit.REASON, u.opaque().get(0).reason());
        assertEquals(1, u.functions().size());
    }

    @Test
    void ordinaryNestingIsNotTouched() {
        String src = "void f(void)\n{\n" + "if (a) {\n".repeat(30) + "x();\n" + "}\n".repeat(30)
                + "\tif (a) x();\n" + "\telse if (b) y();\n".repeat(60) + "}\n";
        assertEquals("", opaque(parse(src)));
    }
}
