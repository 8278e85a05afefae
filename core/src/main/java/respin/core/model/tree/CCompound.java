package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A braced block of statements: <code>{ ... }</code>. Items are statements and declarations.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CCompound(Span span, List<CTree> parts, List<CTree> items) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitCompound(this);
    }
}
