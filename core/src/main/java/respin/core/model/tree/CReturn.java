package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>return value;</code>; {@code value} is null for a bare <code>return;</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CReturn(Span span, List<CTree> parts, CExpression value) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitReturn(this);
    }
}
