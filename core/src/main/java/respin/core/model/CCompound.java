package respin.core.model;

import java.util.List;

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
