package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A braced initializer: items are expressions or {@link CDesignation}s, nested lists included.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CInitializerList(Span span, List<CTree> parts, List<CTree> items) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitInitializerList(this);
    }
}
