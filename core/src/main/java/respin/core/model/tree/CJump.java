package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>goto label;</code>, <code>break;</code> or <code>continue;</code>: {@code keyword} says which; {@code target} is the label or the computed target of <code>goto *p;</code>, null otherwise.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CJump(Span span, List<CTree> parts, String keyword, CExpression target) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitJump(this);
    }
}
