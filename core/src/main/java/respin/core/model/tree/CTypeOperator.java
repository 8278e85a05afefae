package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>sizeof</code>, <code>typeof</code>, <code>__typeof__</code>, <code>_Alignof</code> and their kin, applied to an expression or a type name.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CTypeOperator(Span span, List<CTree> parts, String operator, CTree operand) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitTypeOperator(this);
    }
}
