package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * An expression followed by <code>;</code> (or by <code>,</code> for an item of a table); {@code expression} is null for an empty statement.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CExpressionStatement(Span span, List<CTree> parts, CExpression expression) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitExpressionStatement(this);
    }
}
