package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * One declarator of a declaration with its initializer: <code>*kvm = NULL</code>. {@code name} is the declared name (null when none was found), {@code initializer} null when there is none.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CInitDeclarator(Span span, List<CTree> parts, CToken name, CExpression initializer) implements CTree {

    /** The declared name, or null. */
    public String nameText() {
        return name == null ? null : name.text();
    }

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitInitDeclarator(this);
    }
}
