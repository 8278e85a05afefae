package respin.core.model;

import java.util.List;

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
