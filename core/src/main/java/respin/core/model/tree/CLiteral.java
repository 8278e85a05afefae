package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A number, character or string literal; adjacent strings and string macros (<code>KERN_ERR "x" "y"</code>) form one literal.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CLiteral(Span span, List<CTree> parts, Kind kind) implements CExpression {

    /** What kind of literal this is. */
    public enum Kind { NUMBER, CHAR, STRING }

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitLiteral(this);
    }
}
