package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A label: <code>out_unlock:</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CLabel(Span span, List<CTree> parts, String name) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitLabel(this);
    }
}
