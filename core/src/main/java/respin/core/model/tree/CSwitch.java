package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>switch (selector) body</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CSwitch(Span span, List<CTree> parts, CExpression selector, CStmt body) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitSwitch(this);
    }
}
