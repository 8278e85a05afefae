package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * Inline assembly: <code>asm volatile("..." : "=r" (x) : "r" (y) : "memory");</code>. {@code template} is the instruction string; {@code operands} the outputs, inputs, clobbers and goto labels, in order.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CAsm(Span span, List<CTree> parts, CExpression template, List<CAsmOperand> operands) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitAsm(this);
    }
}
