package respin.core.parse.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import respin.core.parse.CSourceParser;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.model.tree.CCompound;
import respin.core.model.tree.CFile;
import respin.core.model.tree.CFunctionDefinition;
import respin.core.model.tree.CInvocation;
import respin.core.model.tree.COpaqueStatement;
import respin.core.model.tree.CReturn;
import respin.core.model.tree.CToken;
import respin.core.model.CTranslationUnit;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CTreeDump;
import respin.core.model.source.LineMap;

/** Building a file's syntax tree and printing it back: the round trip, deep nesting, long runs. */
class SyntaxTreesTest {

    /** The tree of {@code src} as a dump; the round trip from the tree is checked first. */
    static String tree(String src) {
        CFile f = SyntaxTrees.parse("t.c", src);
        assertEquals(src, SyntaxTrees.print(f, src), "round trip");
        return CTreeDump.of(f, new LineMap("t.c", src));
    }

    @Test
    void roundTripFailsWhenANodeDropsAToken() {
        String src = "int f(void)\n{\n\treturn g(1); /* done */\n}\n";
        CFile f = SyntaxTrees.parse("t.c", src);
        assertEquals(src, SyntaxTrees.print(f, src));
        CFunctionDefinition fn = (CFunctionDefinition) f.parts().get(0);
        CReturn ret = (CReturn) fn.body().items().get(0);
        List<CTree> without = new ArrayList<>(ret.parts());
        without.remove(without.size() - 1); // the ';'
        CReturn broken = new CReturn(ret.span(), without, ret.value());
        List<CTree> bodyParts = new ArrayList<>(fn.body().parts());
        bodyParts.set(bodyParts.indexOf(ret), broken);
        CCompound body = new CCompound(fn.body().span(), bodyParts, List.of(broken));
        List<CTree> fnParts = new ArrayList<>(fn.parts());
        fnParts.set(fnParts.indexOf(fn.body()), body);
        CFile dropped = new CFile("t.c", f.span(), List.of(new CFunctionDefinition(fn.span(), fnParts, fn.name(),
                fn.returnType(), body)));
        assertEquals("int f(void)\n{\n\treturn g(1) /* done */\n}\n", SyntaxTrees.print(dropped, src));
        assertNotEquals(src, SyntaxTrees.print(dropped, src));
    }

    @Test
    void roundTripFailsWhenATokenComesTwice() {
        String src = "int x;\n";
        CFile f = SyntaxTrees.parse("t.c", src);
        List<CTree> twice = new ArrayList<>(f.parts());
        twice.add(f.parts().get(0));
        assertEquals("int x;intx;\n", SyntaxTrees.print(new CFile("t.c", f.span(), twice), src));
    }

    @Test
    void unevenConditionalBranchesAreTrivia() {
        String src = "void f(void)\n{\n#ifdef A\n\tif (a) {\n#else\n\tif (b) {\n#endif\n\t\tg();\n\t}\n}\n";
        assertEquals("""
                File 1:1-10:3
                  FunctionDefinition 1:1-10:2 f
                    TypeName 1:1-1:5 void
                    ParameterDeclaration 1:8-1:12 0 unnamed
                    Compound 2:1-10:2
                      If 4:2-9:3
                        Identifier 4:6-4:7 a
                        Compound 4:9-9:3
                          ExpressionStatement 8:3-8:7
                            Invocation 8:3-8:6
                              Identifier 8:3-8:4 g
                """, tree(src));
    }

    @Test
    void deepNestingBecomesOpaqueInsteadOfOverflowingTheStack() {
        String ifs = "void f(void)\n{\n" + "if (a)\n".repeat(400) + "x();\n}\n";
        String braces = "void f(void)\n{\n" + "{".repeat(5000) + "}".repeat(5000) + "\n}\n";
        String structs = "struct s0 {\n" + "struct {\n".repeat(5000) + "int a;\n" + "};\n".repeat(5000) + "};\n";
        String parens = "int x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + ";\n";
        for (String src : List.of(ifs, braces, structs, parens)) {
            CFile f = SyntaxTrees.parse("t.c", src);
            assertEquals(src, SyntaxTrees.print(f, src));
            assertTrue(CTreeDump.of(f, new LineMap("t.c", src)).contains("(" + Syntax.TOO_DEEP + ")"));
        }
        CFile f = SyntaxTrees.parse("t.c", braces);
        assertEquals(1, f.find(COpaqueStatement.class).size());
    }

    @Test
    void longTokenRunsTakeLinearTime() {
        String body = "void f(void)\n{\n\tx = " + "*".repeat(1_000_000) + "p;\n}\n";
        String top = "*".repeat(1_000_000);
        // this thread's CPU time, not the wall clock: on a shared machine (load 28 on 2 cores) the
        // wall clock said 3.6 s for what takes 0.5 s of CPU
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        for (String src : List.of(body, top)) {
            assertEquals(src, SyntaxTrees.print(SyntaxTrees.parse("t.c", src), src));
        }
        long ns = cpu.getCurrentThreadCpuTime() - t0;
        assertTrue(ns < 2_000_000_000L, "1 MB runs of '*' take well under a second each: " + ns / 1_000_000 + " ms");
    }

    @Test
    void aUnitBuildsItsTreeOnFirstUseAndAnswersQueries() {
        CTranslationUnit u = CSourceParser.parse("t.c", "void f(struct kvm *kvm)\n{\n\tkvm_get_kvm(kvm);\n"
                + "\tkvm_put_kvm(kvm);\n}\n");
        List<CInvocation> gets = u.find(CInvocation.class, c -> c.calls("kvm_get_kvm"));
        assertEquals(1, gets.size());
        assertEquals("t.c:3:2", gets.get(0).span().toString());
        assertEquals("kvm", ((CToken) gets.get(0).argument(0).parts().get(0)).text());
        assertTrue(u.syntax() == u.syntax(), "built once");
    }
}
