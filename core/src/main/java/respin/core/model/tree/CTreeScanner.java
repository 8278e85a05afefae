package respin.core.model.tree;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Walks a syntax tree and calls one {@code visit} method per node kind, in the
 * spirit of Spoon's {@code CtScanner}: parents before children, in source order.
 * Override the methods for the kinds you need; each one's default calls
 * {@link #visitNode}, which does nothing. The walk uses its own stack, so a deep
 * tree cannot overflow the Java stack; tokens are visited only when
 * {@link #tokens()} says so.
 */
public class CTreeScanner {

    /** Visits {@code root} and everything under it. */
    public final void scan(CTree root) {
        Deque<CTree> todo = new ArrayDeque<>();
        todo.push(root);
        boolean tokens = tokens();
        while (!todo.isEmpty()) {
            CTree n = todo.pop();
            if (n instanceof CToken && !tokens || n != root && !enter(n)) {
                continue;
            }
            n.accept(this);
            List<CTree> parts = n.parts();
            for (int i = parts.size() - 1; i >= 0; i--) {
                todo.push(parts.get(i));
            }
        }
    }

    /**
     * Whether {@code node}, below the root, is visited with its subtree; true by default. A scan
     * that looks only at nodes around some names skips the subtrees without them.
     */
    protected boolean enter(CTree node) {
        return true;
    }

    /** Whether {@link #visitToken} is called for every token; false by default. */
    protected boolean tokens() {
        return false;
    }

    /** Called by every {@code visit} method that is not overridden. */
    public void visitNode(CTree node) {
    }

    public void visitToken(CToken token) {
        visitNode(token);
    }

    public void visitFile(CFile file) {
        visitNode(file);
    }

    public void visitCompound(CCompound node) {
        visitNode(node);
    }

    public void visitDeclaration(CDeclaration node) {
        visitNode(node);
    }

    public void visitExpressionStatement(CExpressionStatement node) {
        visitNode(node);
    }

    public void visitIf(CIf node) {
        visitNode(node);
    }

    public void visitWhile(CWhile node) {
        visitNode(node);
    }

    public void visitDoWhile(CDoWhile node) {
        visitNode(node);
    }

    public void visitFor(CFor node) {
        visitNode(node);
    }

    public void visitSwitch(CSwitch node) {
        visitNode(node);
    }

    public void visitCaseLabel(CCaseLabel node) {
        visitNode(node);
    }

    public void visitReturn(CReturn node) {
        visitNode(node);
    }

    public void visitJump(CJump node) {
        visitNode(node);
    }

    public void visitLabel(CLabel node) {
        visitNode(node);
    }

    public void visitAsm(CAsm node) {
        visitNode(node);
    }

    public void visitMacroStatement(CMacroStatement node) {
        visitNode(node);
    }

    public void visitMacroIterator(CMacroIterator node) {
        visitNode(node);
    }

    public void visitOpaqueStatement(COpaqueStatement node) {
        visitNode(node);
    }

    public void visitInitDeclarator(CInitDeclarator node) {
        visitNode(node);
    }

    public void visitRecordSpecifier(CRecordSpecifier node) {
        visitNode(node);
    }

    public void visitAsmOperand(CAsmOperand node) {
        visitNode(node);
    }

    public void visitFunctionDefinition(CFunctionDefinition node) {
        visitNode(node);
    }

    public void visitIdentifier(CIdentifier node) {
        visitNode(node);
    }

    public void visitLiteral(CLiteral node) {
        visitNode(node);
    }

    public void visitFieldAccess(CFieldAccess node) {
        visitNode(node);
    }

    public void visitSubscript(CSubscript node) {
        visitNode(node);
    }

    public void visitInvocation(CInvocation node) {
        visitNode(node);
    }

    public void visitAssignment(CAssignment node) {
        visitNode(node);
    }

    public void visitUnary(CUnary node) {
        visitNode(node);
    }

    public void visitBinary(CBinary node) {
        visitNode(node);
    }

    public void visitConditional(CConditional node) {
        visitNode(node);
    }

    public void visitComma(CComma node) {
        visitNode(node);
    }

    public void visitCast(CCast node) {
        visitNode(node);
    }

    public void visitParens(CParens node) {
        visitNode(node);
    }

    public void visitTypeOperator(CTypeOperator node) {
        visitNode(node);
    }

    public void visitTypeName(CTypeName node) {
        visitNode(node);
    }

    public void visitCompoundLiteral(CCompoundLiteral node) {
        visitNode(node);
    }

    public void visitInitializerList(CInitializerList node) {
        visitNode(node);
    }

    public void visitDesignation(CDesignation node) {
        visitNode(node);
    }

    public void visitStatementExpression(CStatementExpression node) {
        visitNode(node);
    }

    public void visitOpaqueExpression(COpaqueExpression node) {
        visitNode(node);
    }

    public void visitParameterDeclaration(CParameterDeclaration node) {
        visitNode(node);
    }
}
