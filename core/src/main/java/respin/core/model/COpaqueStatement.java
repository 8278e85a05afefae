package respin.core.model;

import java.util.List;

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
