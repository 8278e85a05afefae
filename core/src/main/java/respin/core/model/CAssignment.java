package respin.core.model;

import java.util.List;

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
