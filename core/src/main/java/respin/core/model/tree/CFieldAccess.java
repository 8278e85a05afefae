package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A member access: <code>target.member</code> or <code>target-&gt;member</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CFieldAccess(Span span, List<CTree> parts, CExpression target, boolean arrow, CToken member) implements CExpression {

    /** The member's name. */
    public String name() {
        return member.text();
    }

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitFieldAccess(this);
    }
}
