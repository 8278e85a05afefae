package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A loop written as a macro: <code>list_for_each_entry(pos, head, member) body</code>.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CMacroIterator(Span span, List<CTree> parts, CInvocation head, CStmt body) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitMacroIterator(this);
    }
}
