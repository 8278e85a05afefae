package respin.core.model;

import java.util.List;

/**
 * A name: a variable, function, enumerator or macro.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CIdentifier(Span span, List<CTree> parts, String name) implements CExpression {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitIdentifier(this);
    }
}
