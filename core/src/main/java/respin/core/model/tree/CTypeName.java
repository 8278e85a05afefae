package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A type as written: <code>struct kvm *</code>, <code>void (*)(int)</code>, <code>typeof(x)</code>. Typed, not opaque: its tokens are type words.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CTypeName(Span span, List<CTree> parts) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitTypeName(this);
    }
}
