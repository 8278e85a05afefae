package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>while (condition) body</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CWhile(Span span, List<CTree> parts, CExpression condition, CStmt body) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitWhile(this);
    }
}
