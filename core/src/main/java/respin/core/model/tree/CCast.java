package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A cast: <code>(type) operand</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CCast(Span span, List<CTree> parts, CTypeName type, CExpression operand) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitCast(this);
    }
}
