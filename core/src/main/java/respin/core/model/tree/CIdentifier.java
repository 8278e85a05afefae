package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

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
