package respin.core.model.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.parse.tree.SyntaxTrees;

/** The scanner calls one method per kind, parents before children, in source order. */
class CTreeScannerTest {

    @Test
    void visitsEachKindInSourceOrder() {
        String src = "void f(struct kvm *kvm)\n{\n\tint r = kvm_get(kvm);\n\tkvm->users = r;\n\treturn;\n}\n";
        List<String> seen = new ArrayList<>();
        SyntaxTrees.parse("t.c", src).scan(new CTreeScanner() {
            @Override
            public void visitInvocation(CInvocation node) {
                seen.add("call " + node.name());
            }

            @Override
            public void visitAssignment(CAssignment node) {
                seen.add("store " + CTreeDump.text(node.target()));
            }

            @Override
            public void visitFieldAccess(CFieldAccess node) {
                seen.add("member " + node.name());
            }

            @Override
            public void visitReturn(CReturn node) {
                seen.add("return " + node.span().line());
            }

            @Override
            public void visitInitializerList(CInitializerList node) {
                seen.add("initializer");
            }

            @Override
            public void visitNode(CTree node) {
                if (node instanceof CDeclaration) {
                    seen.add("declaration");
                }
            }
        });
        assertEquals(List.of("declaration", "call kvm_get", "store kvm -> users", "member users", "return 5"), seen);
    }

    @Test
    void tokensOnlyWhenAsked() {
        List<String> tokens = new ArrayList<>();
        SyntaxTrees.parse("t.c", "int x = a + 1;\n").scan(new CTreeScanner() {
            @Override
            protected boolean tokens() {
                return true;
            }

            @Override
            public void visitToken(CToken token) {
                tokens.add(token.text());
            }
        });
        assertEquals(List.of("int", "x", "=", "a", "+", "1", ";"), tokens);
    }
}
