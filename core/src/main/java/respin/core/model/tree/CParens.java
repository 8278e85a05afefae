package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A parenthesised expression.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CParens(Span span, List<CTree> parts, CExpression inner) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitParens(this);
    }
}
