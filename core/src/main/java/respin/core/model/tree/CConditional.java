package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>condition ? then : otherwise</code>; {@code then} is null for the GNU <code>a ?: b</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CConditional(Span span, List<CTree> parts, CExpression condition, CExpression then, CExpression otherwise) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitConditional(this);
    }
}
