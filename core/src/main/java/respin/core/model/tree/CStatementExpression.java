package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A GNU statement expression: <code>({ ... })</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CStatementExpression(Span span, List<CTree> parts, CCompound body) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitStatementExpression(this);
    }
}
