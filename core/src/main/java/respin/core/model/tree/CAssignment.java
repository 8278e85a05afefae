package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>target = value</code> or a compound assignment such as <code>+=</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CAssignment(Span span, List<CTree> parts, CExpression target, String operator, CExpression value) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitAssignment(this);
    }
}
