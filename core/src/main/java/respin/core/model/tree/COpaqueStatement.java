package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * Tokens the statement grammar could not place, kept as they are; {@code reason} says why.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record COpaqueStatement(Span span, List<CTree> parts, String reason) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitOpaqueStatement(this);
    }
}
