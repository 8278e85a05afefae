package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * One operand of inline assembly: <code>[name] "=r" (value)</code>, a clobber string or a goto label; {@code section} is 1 for outputs, 2 inputs, 3 clobbers, 4 labels.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CAsmOperand(Span span, List<CTree> parts, int section, CExpression constraint, CExpression value) implements CTree {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitAsmOperand(this);
    }
}
