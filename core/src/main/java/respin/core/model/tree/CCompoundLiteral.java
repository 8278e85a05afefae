package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A compound literal: <code>(struct foo) { .a = 1 }</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CCompoundLiteral(Span span, List<CTree> parts, CTypeName type, CInitializerList initializer) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitCompoundLiteral(this);
    }
}
