package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A binary operator: arithmetic, comparison, logical, bitwise or shift.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CBinary(Span span, List<CTree> parts, CExpression left, String operator, CExpression right) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitBinary(this);
    }
}
