package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A designated initializer item: <code>.probe = f</code>, <code>[2] = x</code>, <code>.a.b = y</code>, <code>[1 ... 3] = z</code>. Designators are member tokens or index expressions.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CDesignation(Span span, List<CTree> parts, List<CTree> designators, CExpression value) implements CTree {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitDesignation(this);
    }
}
