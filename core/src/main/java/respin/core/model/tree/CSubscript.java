package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * An array subscript: <code>target[index]</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CSubscript(Span span, List<CTree> parts, CExpression target, CExpression index) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitSubscript(this);
    }
}
