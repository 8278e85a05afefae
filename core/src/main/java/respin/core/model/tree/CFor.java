package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>for (init; condition; step) body</code>; {@code init} is a declaration or an expression statement, and any of the three may be null.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CFor(Span span, List<CTree> parts, CTree init, CExpression condition, CExpression step, CStmt body) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitFor(this);
    }
}
