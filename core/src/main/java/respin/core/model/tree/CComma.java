package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A comma expression: <code>a, b</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CComma(Span span, List<CTree> parts, List<CExpression> expressions) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitComma(this);
    }
}
