package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * Expression tokens that were not understood, kept as they are (never a guess); {@code reason} says why.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record COpaqueExpression(Span span, List<CTree> parts, String reason) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitOpaqueExpression(this);
    }
}
