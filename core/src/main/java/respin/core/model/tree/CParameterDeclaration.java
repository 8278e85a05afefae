package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * One parameter in the head of a function definition: <code>struct kvm *kvm</code>. {@code index} is its 0-based position, {@code name} the declared name (null when unnamed or <code>void</code>, <code>...</code>).
 *
 * <p>{@code parts} are its tokens in source order.
 */
public record CParameterDeclaration(Span span, List<CTree> parts, int index, CToken name) implements CTree {

    /** The declared name, or null. */
    public String nameText() {
        return name == null ? null : name.text();
    }

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitParameterDeclaration(this);
    }
}
