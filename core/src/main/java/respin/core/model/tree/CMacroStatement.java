package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A macro invocation standing as a statement without its <code>;</code> (<code>DEFINE_WAIT(wait)</code> before a new line, or at the end of a block).
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CMacroStatement(Span span, List<CTree> parts, CExpression invocation) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitMacroStatement(this);
    }
}
