package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>case value:</code>, <code>case low ... high:</code> or <code>default:</code> (then {@code value} is null); {@code high} is null without a range.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CCaseLabel(Span span, List<CTree> parts, CExpression value, CExpression high) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitCaseLabel(this);
    }
}
