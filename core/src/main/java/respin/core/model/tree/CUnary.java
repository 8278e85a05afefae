package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A prefix or postfix operator: <code>&amp; * ! - + ~ ++ -- &amp;&amp;</code> (the last for GNU label addresses).
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CUnary(Span span, List<CTree> parts, String operator, CExpression operand, boolean postfix) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitUnary(this);
    }
}
