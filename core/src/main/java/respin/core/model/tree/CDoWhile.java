package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>do body while (condition);</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CDoWhile(Span span, List<CTree> parts, CStmt body, CExpression condition) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitDoWhile(this);
    }
}
