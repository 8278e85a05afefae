package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>if (condition) then else otherwise</code>; {@code otherwise} is null without <code>else</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CIf(Span span, List<CTree> parts, CExpression condition, CStmt then, CStmt otherwise) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitIf(this);
    }
}
