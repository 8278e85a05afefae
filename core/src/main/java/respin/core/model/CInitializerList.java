package respin.core.model;

import java.util.List;

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
